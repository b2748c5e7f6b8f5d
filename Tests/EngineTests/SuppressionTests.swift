import InfragateParsers
import InfragateEngine
import InfragateRules
import XCTest

final class SuppressionTests: XCTestCase {
    private let knownRuleIDs: Set<String> = [
        "DOCKER-ROOT-USER", "DOCKER-LATEST-TAG", "TF-S3-PUBLIC-ACL", "GATE-PARSE-ERROR", "GATE-UNSCANNED-FILE", "GATE-POLICY-RELAXED",
    ]

    private func scan(_ text: String) -> InlineSuppressions {
        InlineSuppressions.scan(text, knownRuleIDs: knownRuleIDs)
    }

    func testTrailingCommentCoversItsOwnLine() {
        let result = scan("FROM alpine:3.20\nUSER root  # infragate:ignore DOCKER-ROOT-USER vendor image, SEC-123\nCMD [\"sh\"]\n")
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.suppression(for: "DOCKER-ROOT-USER", line: 2)?.reason, "vendor image, SEC-123")
        XCTAssertNil(result.suppression(for: "DOCKER-ROOT-USER", line: 3))
        XCTAssertNil(result.suppression(for: "DOCKER-LATEST-TAG", line: 2))
    }

    func testTrailingDirectiveInADockerfileIsReportedAndSuppressesNothing() {
        let text = "FROM alpine:3.20\nUSER root  # infragate:ignore DOCKER-ROOT-USER vendor image\n# infragate:ignore DOCKER-ROOT-USER vendor image\nUSER root\n"
        let result = InlineSuppressions.scan(text, knownRuleIDs: knownRuleIDs, trailingComments: false)
        XCTAssertNil(result.suppression(for: "DOCKER-ROOT-USER", line: 2))
        XCTAssertEqual(result.problems.map(\.line), [2])
        XCTAssertTrue(result.problems.first?.message.contains("own line above") ?? false, "\(result.problems)")
        XCTAssertEqual(result.suppression(for: "DOCKER-ROOT-USER", line: 4)?.reason, "vendor image")
    }

    func testCommentAboveCoversTheNextCodeLine() {
        let result = scan("""
        FROM alpine:3.20
        # infragate:ignore DOCKER-ROOT-USER needs root to bind port 80

        # another comment
        USER root
        """)
        XCTAssertEqual(result.suppressions, [
            InlineSuppression(ruleIDs: ["DOCKER-ROOT-USER"], reason: "needs root to bind port 80", line: 2, targetLine: 5),
        ])
        XCTAssertNil(result.suppression(for: "DOCKER-ROOT-USER", line: 3))
        XCTAssertNotNil(result.suppression(for: "docker-root-user", line: 5))
    }

    func testSlashCommentsAndStackedSuppressions() {
        let result = scan("""
        resource "aws_s3_bucket_acl" "a" {
          // infragate:ignore TF-S3-PUBLIC-ACL static website, reviewed in SEC-9
          # infragate:ignore DOCKER-LATEST-TAG unrelated but stacked
          acl = "public-read"
        }
        """)
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.suppression(for: "TF-S3-PUBLIC-ACL", line: 4)?.line, 2)
        XCTAssertEqual(result.suppression(for: "DOCKER-LATEST-TAG", line: 4)?.line, 3)
    }

    func testSeveralRuleIDs() {
        let result = scan("FROM x:latest\n#infragate:ignore DOCKER-ROOT-USER,docker-latest-tag , TF-S3-PUBLIC-ACL  legacy base\nUSER root\n")
        XCTAssertEqual(result.problems, [])
        let suppression = result.suppression(for: "DOCKER-LATEST-TAG", line: 3)
        XCTAssertEqual(suppression?.ruleIDs, ["DOCKER-ROOT-USER", "DOCKER-LATEST-TAG", "TF-S3-PUBLIC-ACL"])
        XCTAssertEqual(suppression?.reason, "legacy base")
        XCTAssertNotNil(result.suppression(for: "DOCKER-ROOT-USER", line: 3))
    }

    func testMissingReasonIsAProblemAndSuppressesNothing() {
        let result = scan("USER root # infragate:ignore DOCKER-ROOT-USER\n# infragate:ignore DOCKER-LATEST-TAG   \nFROM x:latest\n")
        XCTAssertEqual(result.problems.map(\.line), [1, 2])
        XCTAssertTrue(result.problems.allSatisfy { $0.message.contains("gives no reason") }, "\(result.problems)")
        XCTAssertEqual(result.suppressions, [])
        XCTAssertNil(result.suppression(for: "DOCKER-LATEST-TAG", line: 3))
    }

    func testUnknownRuleIsAProblemAndSuppressesNothing() {
        let result = scan("# infragate:ignore DOCKER-ROOT-USER,DOCKER-NOPE reason given\nUSER root\n")
        XCTAssertEqual(result.problems, [
            ParseProblem(line: 1, message: "`infragate:ignore` names unknown rule `DOCKER-NOPE`; it suppresses nothing"),
        ])
        XCTAssertNil(result.suppression(for: "DOCKER-ROOT-USER", line: 2))
    }

    func testGateFindingsCannotBeSuppressedInline() {
        let result = scan("""
            # infragate:ignore GATE-PARSE-ERROR the parser is wrong
            key: [unclosed
            x: 1 # infragate:ignore gate-unscanned-file,DOCKER-ROOT-USER lower case and mixed
            # infragate:ignore GATE-POLICY-RELAXED approved
            y: 2
            """)
        XCTAssertEqual(result.suppressions, [])
        XCTAssertEqual(result.problems.map(\.line), [1, 3, 4])
        XCTAssertTrue(result.problems.allSatisfy { $0.message.contains("the gate's own finding and cannot be suppressed inline") }, "\(result.problems)")
        XCTAssertNil(result.suppression(for: "GATE-PARSE-ERROR", line: 2))
        // A mixed comment suppresses nothing at all, not even its ordinary rule.
        XCTAssertNil(result.suppression(for: "DOCKER-ROOT-USER", line: 3))
    }

    func testWildcardishIdsSuppressNothing() {
        let result = scan("# infragate:ignore GATE-* broken on purpose\nkey: [\n# infragate:ignore * all\nUSER root\n# infragate:ignore ALL all\nUSER root\n")
        XCTAssertEqual(result.suppressions, [])
        XCTAssertEqual(result.problems.count, 3, "\(result.problems)")
    }

    func testOnlyListedRulesAreSuppressedUnderAListScope() {
        let text = "USER root # infragate:ignore DOCKER-ROOT-USER vendor\nFROM x:latest # infragate:ignore DOCKER-LATEST-TAG pinned upstream\n"
        let result = InlineSuppressions.scan(text, knownRuleIDs: knownRuleIDs, scope: .only(["DOCKER-LATEST-TAG"]))
        XCTAssertNotNil(result.suppression(for: "DOCKER-LATEST-TAG", line: 2))
        XCTAssertNil(result.suppression(for: "DOCKER-ROOT-USER", line: 1))
        XCTAssertEqual(result.problems.map(\.line), [1])
        XCTAssertTrue(result.problems[0].message.contains("does not allow `DOCKER-ROOT-USER` to be suppressed inline"), "\(result.problems)")
    }

    func testMalformedDirectivesAreProblems() {
        let result = scan("# infragate:ignroe DOCKER-ROOT-USER why\n# infragate:ignore\n# infragate:ignore =DOCKER-ROOT-USER why\n")
        XCTAssertEqual(result.problems.map(\.line), [1, 2, 3])
        XCTAssertTrue(result.problems[0].message.contains("unknown directive `infragate:ignroe`"))
        XCTAssertTrue(result.problems[1].message.contains("needs rule ids"))
    }

    func testMarkerOutsideACommentIsPlainText() {
        let result = scan("""
        image: registry/infragate:1.0
        label: "see infragate: docs"
        url: http://infragate:8080/health
        tag: v1#infragate:ignore
        USER root # x infragate:ignore DOCKER-ROOT-USER r
        """)
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.suppressions, [])
    }

    func testPlainTextBeforeADirectiveOnTheSameLineIsSkipped() {
        let result = scan("image: infragate:latest # infragate:ignore DOCKER-LATEST-TAG pinned elsewhere\n")
        XCTAssertEqual(result.suppression(for: "DOCKER-LATEST-TAG", line: 1)?.reason, "pinned elsewhere")
    }

    func testCommentAtTheEndCoversNothing() {
        let result = scan("USER root\n# infragate:ignore DOCKER-ROOT-USER nothing follows\n\n")
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.suppressions, [])
    }

    func testCRLFLinesAreCountedAndTrimmed() {
        let result = scan("FROM a\r\n# infragate:ignore DOCKER-ROOT-USER legacy\r\nUSER root\r\n")
        XCTAssertEqual(result.suppression(for: "DOCKER-ROOT-USER", line: 3)?.reason, "legacy")
    }

    /// Many stacked standalone comments share one forward search instead of each scanning ahead.
    func testLargeFilesScanInLinearTime() {
        let code = String(repeating: "RUN echo \"a line of an ordinary file, nothing to see here\"\n", count: 36_000)
        let stacked = String(repeating: "# infragate:ignore DOCKER-ROOT-USER stacked reason\n", count: 40_000)
        XCTAssertGreaterThan(code.utf8.count, 2 * 1024 * 1024)

        let start = Date()
        XCTAssertEqual(scan(code).suppressions, [])
        let result = scan(stacked + "USER root\n")
        let elapsed = Date().timeIntervalSince(start)

        XCTAssertEqual(result.suppressions.count, 40_000)
        XCTAssertTrue(result.suppressions.allSatisfy { $0.targetLine == 40_001 })
        XCTAssertLessThan(elapsed, 10, "quadratic scanning would take minutes here")
    }
}

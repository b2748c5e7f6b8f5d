import InfragateParsers
import XCTest

final class YAMLParserTests: XCTestCase {
    func testKeysAndValuesCarryTheirLines() throws {
        let file = YAMLParser.parse("""
            # comment
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27
            """)
        XCTAssertEqual(file.problems, [])
        let root = try XCTUnwrap(file.documents.first?.root)
        XCTAssertEqual(root.entry("spec")?.keyLine, 4)
        XCTAssertEqual(root["metadata"]?["name"]?.line, 3)
        let container = try XCTUnwrap(root["spec"]?["containers"]?.items.first)
        XCTAssertEqual(container.line, 6)
        XCTAssertEqual(container.entry("image")?.keyLine, 7)
        XCTAssertEqual(container["image"]?.string, "nginx:1.27")
    }

    func testDocumentsAreNumberedAndPositionedInTheWholeFile() {
        let file = YAMLParser.parse("a: 1\n---\nb: 2\n---\n# only a comment\nc: 3\n")
        XCTAssertEqual(file.documents.map(\.index), [1, 2, 3])
        XCTAssertEqual(file.documents.map { $0.root.entries.first?.keyLine }, [1, 3, 6])
    }

    func testAMalformedDocumentDoesNotHideItsNeighbours() {
        let file = YAMLParser.parse("a: 1\n---\nb: [unclosed\n---\nc: 3\n")
        XCTAssertEqual(file.documents.map { $0.root.entries.first?.key }, ["a", "c"])
        XCTAssertEqual(file.problems.count, 1)
        XCTAssertEqual(file.problems.first?.line, 3, "the problem stays inside the malformed document")
    }

    func testScalarsKeepTheirTextAndGetTheirConsumersTypes() throws {
        let root = try XCTUnwrap(YAMLParser.parse("country: NO\nmode: 0755\nversion: 1.10\nquoted: \"true\"\n").documents.first?.root)
        XCTAssertEqual(root["country"]?.string, "NO")
        XCTAssertEqual(root["mode"]?.string, "0755")
        XCTAssertEqual(root["version"]?.string, "1.10")
        XCTAssertNil(root["quoted"]?.bool, "a quoted \"true\" is a string to Kubernetes")
        XCTAssertEqual(root["country"]?.bool, false, "a plain NO is false to YAML 1.1 readers such as Kubernetes")
        XCTAssertEqual(root["mode"]?.int, 0o755, "a leading zero is octal to go-yaml, so to kubectl")
    }

    func testExplicitTagsAreKept() throws {
        let root = try XCTUnwrap(YAMLParser.parse("bucket: !Ref Bucket\nplain: x\n").documents.first?.root)
        XCTAssertEqual(root["bucket"]?.tag, "!Ref")
        XCTAssertEqual(root["bucket"]?.string, "Bucket")
        XCTAssertNil(root["plain"]?.tag)
    }

    func testNullsAreNotStrings() throws {
        let root = try XCTUnwrap(YAMLParser.parse("a: ~\nb:\nc: 'null'\n").documents.first?.root)
        XCTAssertNil(root["a"]?.string)
        XCTAssertNil(root["b"]?.string)
        XCTAssertEqual(root["c"]?.string, "null")
    }

    func testDuplicateKeysAreAProblemAtTheSecondKey() {
        let file = YAMLParser.parse("spec:\n  privileged: false\n  privileged: true\n")
        XCTAssertEqual(file.documents.count, 0)
        XCTAssertEqual(file.problems.first?.line, 3)
        XCTAssertTrue(file.problems.first?.message.contains("duplicate key `privileged`") == true)
    }

    func testMergeKeysApplyWithExplicitKeysWinning() throws {
        let root = try XCTUnwrap(YAMLParser.parse("""
            base: &base
              image: app:1
              privileged: true
            web:
              <<: *base
              privileged: false
            """).documents.first?.root)
        XCTAssertEqual(root["web"]?["image"]?.string, "app:1")
        XCTAssertEqual(root["web"]?["privileged"]?.bool, false)
    }

    func testAnAliasBombIsRefusedQuickly() {
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let refs = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("l\(level): &l\(level) [\(refs)]")
        }
        let start = Date()
        let file = YAMLParser.parse(lines.joined(separator: "\n"))
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.5)
        XCTAssertEqual(file.documents.count, 0)
        XCTAssertTrue(file.problems.first?.message.contains("refusing to expand") == true)
    }

    func testTheNodeBudgetSpansTheWholeFile() {
        let bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        let text = Array(repeating: bomb, count: 1_000).joined(separator: "---\n")
        let file = YAMLParser.parse(text, limits: YAMLLimits(maxNodes: 10_000))
        XCTAssertLessThan(file.documents.count, 1_000)
        XCTAssertEqual(file.problems.count, 1, "one problem, not one per remaining document")
    }

    func testAliasesAsKeysAreRefusedQuickly() {
        var lines = ["a0: &a0 {x: 1, y: 2}"]
        for level in 1...8 {
            lines.append("a\(level): &a\(level) {*a\(level - 1): 1, ? *a\(level - 1) : 2}")
        }
        let start = Date()
        let file = YAMLParser.parse(lines.joined(separator: "\n"))
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.5)
        XCTAssertEqual(file.problems.first?.line, 2)
        XCTAssertTrue(file.problems.first?.message.contains("used as a mapping key") == true)
    }

    func testTooManyAliasesAreRefused() {
        let text = "a: &a 1\nb: [" + Array(repeating: "*a", count: 20).joined(separator: ", ") + "]\n"
        let file = YAMLParser.parse(text, limits: YAMLLimits(maxAliases: 10))
        XCTAssertEqual(file.problems.first?.line, 2)
    }

    func testDeepNestingIsRefused() {
        let nested = YAMLParser.parse(String(repeating: "[", count: 100) + String(repeating: "]", count: 100))
        XCTAssertEqual(nested.documents.count, 0)
        XCTAssertTrue(nested.problems.first?.message.contains("nested deeper than 64") == true)
        // Far deeper input is stopped by libyaml's own nesting limit before it reaches the builder.
        let abyss = YAMLParser.parse(String(repeating: "[", count: 100_000))
        XCTAssertEqual(abyss.documents.count, 0)
        XCTAssertEqual(abyss.problems.count, 1)
    }

    func testDirectivesStayWithTheirDocument() {
        let file = YAMLParser.parse("%YAML 1.1\n---\na: 1\n")
        XCTAssertEqual(file.problems, [])
        XCTAssertEqual(file.documents.first?.root.entries.first?.keyLine, 3)
    }

    func testEmptyAndCommentOnlyFilesHaveNoDocuments() {
        XCTAssertEqual(YAMLParser.parse("").documents.count, 0)
        XCTAssertEqual(YAMLParser.parse("# nothing\n").documents.count, 0)
    }
}


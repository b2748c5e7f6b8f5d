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
        // The stream is cut at every line break a Character counts as one, CR LF being a single one.
        for lineBreak in ["\r\n", "\r"] {
            let stream = YAMLParser.parse(["a: 1", "---", "b: [unclosed", "---", "c: 3", ""].joined(separator: lineBreak))
            XCTAssertEqual(stream.documents.map { $0.root.entries.first?.key }, ["a", "c"], lineBreak.debugDescription)
            XCTAssertEqual(stream.documents.map { $0.root.entries.first?.keyLine }, [1, 5], lineBreak.debugDescription)
            XCTAssertEqual(stream.problems.map(\.line), [3], lineBreak.debugDescription)
        }
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

    func testEachDialectReadsMergesAndDuplicatesAsItsConsumer() throws {
        let mergeAfterExplicit = "privileged: false\n<<: {privileged: true, image: a}\n"
        let strict = try XCTUnwrap(YAMLParser.parse(mergeAfterExplicit).documents.first?.root)
        XCTAssertEqual(strict["privileged"]?.bool, false, "go-yaml v3 and the merge spec: explicit keys win")
        let gitLab = try XCTUnwrap(YAMLParser.parse(mergeAfterExplicit, dialect: .gitLab).documents.first?.root)
        XCTAssertEqual(gitLab["privileged"]?.bool, true, "Psych merges where `<<` stands")
        XCTAssertEqual(gitLab.entries.map(\.key), ["privileged", "image"])
        XCTAssertEqual(YAMLParser.parse(mergeAfterExplicit, dialect: .kubernetes).problems.map(\.line), [2])

        let duplicate = "a: 1\na: 2\n"
        XCTAssertEqual(YAMLParser.parse(duplicate).problems.map(\.line), [2])
        for dialect in [YAMLDialect.kubernetes, .gitLab] {
            let root = try XCTUnwrap(YAMLParser.parse(duplicate, dialect: dialect).documents.first?.root)
            XCTAssertEqual(root.entries.map(\.key), ["a"])
            XCTAssertEqual(root["a"]?.int, 2)
            XCTAssertEqual(root.entry("a")?.keyLine, 2, "the line of the value that counts")
        }
    }

    func testASecondMergeKeyIsADuplicateOnlyInTheStrictDialect() throws {
        let twoMerges = "<<: {a: 1}\n<<: {a: 2, b: 3}\n"
        XCTAssertTrue(YAMLParser.parse(twoMerges).problems.first?.message.contains("duplicate key `<<`") == true)
        let root = try XCTUnwrap(YAMLParser.parse(twoMerges, dialect: .kubernetes).documents.first?.root)
        XCTAssertEqual(root["a"]?.int, 2, "go-yaml v2 applies the later merge over the earlier one")
        XCTAssertEqual(root["b"]?.int, 3)
        let quoted = try XCTUnwrap(YAMLParser.parse("\"<<\": {a: 1}\n").documents.first?.root)
        XCTAssertEqual(quoted.entries.map(\.key), ["<<"], "a quoted `<<` is an ordinary key to go-yaml")
        let psych = try XCTUnwrap(YAMLParser.parse("a: 0\n'<<': {a: 1}\n!!str <<: {b: 2}\n", dialect: .gitLab).documents.first?.root)
        XCTAssertEqual(psych["a"]?.int, 1, "Psych merges on any `<<` not tagged !!str")
        XCTAssertEqual(psych.entries.map(\.key), ["a", "<<"])
    }

    func testTagsTypeTheTextWhateverItsQuoting() throws {
        let root = try XCTUnwrap(YAMLParser.parse("""
            a: !!bool "true"
            b: !!str true
            c: !!int "0x1F"
            d: !!null ""
            e: !custom yes
            f: ! yes
            g: !!binary aGk=
            h: !!float "2"
            """).documents.first?.root)
        XCTAssertEqual(root["a"]?.bool, true)
        XCTAssertNil(root["b"]?.bool)
        XCTAssertEqual(root["b"]?.string, "true")
        XCTAssertEqual(root["c"]?.int, 31)
        XCTAssertTrue(root["d"]?.isNull == true)
        XCTAssertNil(root["e"]?.bool, "a custom tag leaves a string")
        XCTAssertEqual(root["e"]?.tag, "!custom")
        XCTAssertNil(root["f"]?.bool, "the non-specific tag `!` makes a string")
        XCTAssertEqual(root["g"]?.string, "hi")
        XCTAssertEqual(root["h"]?.scalar?.value, .float(2))
    }

    func testATagTheTextDoesNotFitIsAProblemAtItsLine() {
        for value in ["!!bool \"1\"", "!!int 1.5", "!!float x", "!!null x", "!!binary \"#\""] {
            XCTAssertEqual(YAMLParser.parse("ok: 1\nbad: \(value)\n").problems.map(\.line), [2], value)
        }
    }

    func testImplicitNumbersFollowGoYAML() throws {
        let root = try XCTUnwrap(YAMLParser.parse("""
            hex: 0x1F
            octal: 0o17
            legacyOctal: 017
            binary: 0b11
            underscores: 1_000
            notOctal: 09
            float: 1e3
            trailingDot: 0.
            words: 0x
            overflow: 1e400
            clock: 190:20:30
            """).documents.first?.root)
        XCTAssertEqual(root["hex"]?.int, 31)
        XCTAssertEqual(root["octal"]?.int, 15)
        XCTAssertEqual(root["legacyOctal"]?.int, 15)
        XCTAssertEqual(root["binary"]?.int, 3)
        XCTAssertEqual(root["underscores"]?.int, 1_000)
        XCTAssertEqual(root["notOctal"]?.int, 9, "not octal, so go-yaml reads it as the float 9")
        XCTAssertEqual(root["float"]?.int, 1_000)
        XCTAssertEqual(root["trailingDot"]?.int, 0)
        for key in ["words", "overflow", "clock"] {
            XCTAssertEqual(root[key]?.scalar?.value, .string, key)
        }
    }

    func testComposeCastsStringsAsComposeGoDoes() throws {
        let text = "privileged: \"true\"\nread_only: tRue\ntarget: '5432'\ntagged: !!str ON\nimage: nginx:1.27\n"
        let compose = try XCTUnwrap(YAMLParser.parse(text, dialect: .compose).documents.first?.root)
        XCTAssertEqual(compose["privileged"]?.bool, true)
        XCTAssertEqual(compose["read_only"]?.bool, true)
        XCTAssertEqual(compose["target"]?.int, 5432)
        XCTAssertEqual(compose["tagged"]?.bool, true)
        XCTAssertNil(compose["image"]?.bool)
        XCTAssertEqual(compose["privileged"]?.string, "true", "the text stays what was written")
        let kubernetes = try XCTUnwrap(YAMLParser.parse(text, dialect: .kubernetes).documents.first?.root)
        XCTAssertNil(kubernetes["privileged"]?.bool, "a quoted boolean is a string to the API server")
        XCTAssertNil(kubernetes["target"]?.int)
        XCTAssertEqual(YAMLParser.parse("a: 1\na: 2\n", dialect: .compose).problems.map(\.line), [2], "go-yaml v3 refuses duplicates")
    }

    func testGitHubActionsHasAnchorsButNoMergeKeys() throws {
        let text = "env: &env {A: x}\njob:\n  env: *env\n  with:\n    <<: *env\n"
        XCTAssertEqual(YAMLParser.parse(text, dialect: .gitHubActions).problems.map(\.line), [5])
        let aliased = try XCTUnwrap(YAMLParser.parse("env: &env {A: x}\njob:\n  env: *env\n", dialect: .gitHubActions).documents.first?.root)
        XCTAssertEqual(aliased["job"]?["env"]?["A"]?.string, "x")
        XCTAssertEqual(YAMLParser.parse("on: push\non: pull_request\n", dialect: .gitHubActions).problems.map(\.line), [2])
    }

    func testThePolicyDialectRefusesWhatAReviewerCouldMisread() {
        let refused: [(text: String, line: Int)] = [
            ("a: 1\nb: &x 2\n", 2), ("a: [*x]\n", 1), ("a: !!str 1\n", 1), ("a: 1\nb: !t {c: 1}\n", 2),
            ("a: 1\n<<: {b: 2}\n", 2), ("a: 1\nb: 2\na: 3\n", 3), ("a: 1\n---\nb: 2\n", 2),
        ]
        for (text, line) in refused {
            XCTAssertEqual(YAMLParser.parse(text, dialect: .policy).problems.map(\.line), [line], text)
        }
        XCTAssertEqual(YAMLParser.parse("# c\n---\na: '<<'\n...\n", dialect: .policy).documents.count, 1)
        XCTAssertEqual(YAMLParser.parse("a: &x 1\nb: *x\nc: !!str 2\n").problems, [], "the strict dialect resolves them")
    }

    func testAControlCharacterIsAProblemAtItsLine() {
        XCTAssertEqual(YAMLParser.parse("a: 1\n\nb: x\u{7}\n").problems.map(\.line), [3])
        XCTAssertEqual(YAMLParser.parse("a: 1\n---\nb: 2\nc: \u{0}\n").problems.map(\.line), [4])
    }

    func testKubernetesRefusesWhatKubectlCannotRead() {
        XCTAssertEqual(YAMLParser.parse("a: .inf\n", dialect: .kubernetes).problems.map(\.line), [1])
        XCTAssertEqual(YAMLParser.parse("a: .inf\n").problems, [])
        XCTAssertEqual(YAMLParser.parse("%YAML 1.1\n---\na: 1\n", dialect: .kubernetes).problems.map(\.line), [1])
        let separators = "a: 1\n--- # fine\nb: 2\n--- {c: 3}\n---\t!!map\nd: 4\n"
        XCTAssertEqual(YAMLParser.parse(separators, dialect: .kubernetes).problems.map(\.line), [4, 5])
        XCTAssertEqual(YAMLParser.parse(separators).problems, [], "YAML itself allows content after `---`")
    }

    func testAByteOrderMarkIsNotContent() throws {
        let root = try XCTUnwrap(YAMLParser.parse("\u{FEFF}apiVersion: v1\nkind: Pod\n").documents.first?.root)
        XCTAssertEqual(root.entries.map(\.key), ["apiVersion", "kind"])
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


import Foundation
import InfragateParsers
import XCTest

/// Differential test: what the `.kubernetes` dialect reads must be what kubectl reads. kubectl needs
/// no cluster for `annotate --local -f DIR -o json`, which goes through the same reader as
/// `kubectl apply -f` (resource builder, sigs.k8s.io/yaml). Every document is written to one
/// directory and kubectl runs once over it, so the whole corpus costs a single process.
final class KubectlOracleTests: XCTestCase {
    /// One file of the corpus; `name` is its file name and the prefix of its objects' names.
    private struct Case {
        let name: String
        let text: String
    }

    /// A ConfigMap-shaped object (kubectl keeps unknown fields locally) whose `x` holds `body`.
    private static func object(_ name: String, _ body: String) -> Case {
        Case(name: name, text: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \(name)\nx:\n" + body + "\n")
    }

    private static let bases = "  base: &b {privileged: true, a: 1}\n  other: &c {privileged: \"two\", a: 2, z: 9}\n"

    private static let mergeCases: [Case] = [
        object("merge-explicit-after", bases + "  t:\n    <<: *b\n    privileged: false"),
        object("merge-sequence-first-wins", bases + "  t:\n    <<: [*c, *b]"),
        object("merge-two-keys-later-wins", bases + "  t:\n    <<: *b\n    <<: *c"),
        object("merge-nested", bases + "  t:\n    <<: {<<: *b, a: 5}"),
        object("merge-before-disjoint-key", bases + "  t:\n    z: 1\n    <<: *b"),
        object("merge-quoted-is-a-key", "  t:\n    \"<<\": {a: 1}"),
        object("merge-tagged", bases + "  t:\n    !!merge <<: *b"),
        object("anchor-across-keys", "  a: &v yes\n  b: *v\n  c: &v 3\n  d: *v"),
        object("anchor-on-mapping", "  a: &m {privileged: true}\n  b: *m"),
    ]

    private static let scalarCases: [Case] = {
        let values = [
            "!!bool \"true\"", "!!bool \"yes\"", "!!bool 'on'", "!!str true", "!!int \"0x1F\"", "!!int \"010\"",
            "!!float \"1\"", "!!null \"\"", "!!null \"~\"", "!foo true", "!foo 12", "!bar {a: 1}", "! true",
            "!<tag:yaml.org,2002:bool> \"true\"", "!!binary aGk=", "!!binary |\n    aGVs\n    bG8=", "!!timestamp 2001-12-14",
            "!!seq [1]", "!!map {a: 1}", "!!str [1]", "!!set {a}",
            "yes", "on", "y", "Y", "n", "OFF", "NO", "True", "tRue", "~", "", "null", "1e3", "+12", "1_000", "190:20:30",
            "2001-12-14", "0b101", "-0x1F", "0.", "1.", ".5", "00", "09", "-010", "0x", "1__0", "0o10", "010", "0x1F",
            "\"0755\"", "'1.10'", "1.10", "-0", "+0", "0x0", "9223372036854775807", "9223372036854775808", "1e400x", "1e400",
            "\"privil\\u0065ged\"", "'it''s'", "|\n    line\n    next\n", ">-\n    folded\n    text", "\"tab\\there\"",
            "\"\\x41\\N\\_\\L\\P\"", "\"fold\n    ed \\\n    line\"", "'single\n\n    blank'", "|+\n    keep\n\n", "|2-\n     indented",
            "plain\n    continued", "[a, {b: c}, [d]]", "{? a, b: }", "\"\\U0001F600\"", "&x 1", "!!str &y 2", "'#not comment'",
            "a # comment", "TRUE", "FALSE", "Null", "NULL", "nULL", "0x_1F", "+0o7", "-.5", "1e-3", "6.02E+23",
        ]
        return values.enumerated().map { object("scalar-\($0.offset)", "  t: \($0.element)") }
    }()

    private static let keyCases: [Case] = [
        object("duplicate-scalar", "  t: 1\n  t: 2"),
        object("duplicate-mapping", "  t: {a: 1}\n  t: {b: 2}"),
        object("duplicate-quoted-and-plain", "  privileged: true\n  \"privileged\": false"),
        object("duplicate-escaped", "  privileged: false\n  \"privil\\u0065ged\": true"),
        object("explicit-key", "  ? t\n  : 3\n  'single': 2"),
        Case(name: "duplicate-top-level", text: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: duplicate-top-level\nx: 1\nx: {a: 2}\n"),
    ]

    private static let streamCases: [Case] = [
        Case(name: "stream", text: """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: stream-1}
            ---
            ---
            # a comment only
            ...
            --- # a separator may carry a comment
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: stream-2}
            x: [yes, "yes"]
            ...

            """),
        // A first `{` would make kubectl read the file as JSON: the comment keeps it YAML.
        Case(name: "flow", text: "# flow style\n{apiVersion: v1, kind: ConfigMap, metadata: {name: flow}, x: {a: [1, yes, ~], \"b\": 'c'}}\n"),
        Case(name: "crlf", text: "apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: crlf\r\nx:\r\n  a: |\r\n    one\r\n    two\r\n  b: yes\r\n"),
        Case(name: "bom", text: "\u{FEFF}apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bom\nx: true\n"),
        Case(name: "tabs", text: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tabs\nx:\n  a:\tyes\n  b: [1,\t2]\n"),
    ]

    /// Documents kubectl refuses: the dialect must refuse them too, at the line given.
    private static let refusedCases: [(Case, line: Int)] = [
        (object("refused-bool-tag", "  t: !!bool \"1\""), 6),
        (object("refused-int-tag", "  t: !!int \"1.5\""), 6),
        (object("refused-float-tag", "  t: !!float \"x\""), 6),
        (object("refused-null-tag", "  t: !!null \"x\""), 6),
        (object("refused-binary", "  t: !!binary \"not base64!\""), 6),
        (object("refused-infinity", "  t: .inf"), 6),
        (object("refused-negative-infinity", "  t: -.Inf"), 6),
        (object("refused-nan", "  t: [.NaN]"), 6),
        (object("refused-syntax", "  t: - x\n  - y"), 6),
        (Case(name: "refused-separator-content", text: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: refused-separator-content}\n--- !!map\na: 1\n"), 4),
        (Case(name: "refused-directive", text: "%YAML 1.1\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: refused-directive}\n"), 1),
    ]

    /// Documents kubectl refuses and libyaml reads: judging them can only add findings to a file
    /// that never deploys. (go-yaml has no `\/` escape, which YAML 1.2 and libyaml have.)
    private static let readOnlyByLibYAML: [Case] = [
        object("libyaml-only-slash-escape", "  t: \"\\/\""),
    ]

    /// Documents kubectl accepts but kustomize reads differently: refused on purpose, and kubectl's
    /// reading is checked to be the one the refusal names (the merged value, not the explicit `false`).
    private static let ambiguousCases: [(Case, merged: Canonical)] = [
        (object("ambiguous-merge-after-explicit", bases + "  t:\n    privileged: false\n    <<: *b"), .bool(true)),
        (object("ambiguous-merge-sequence-after-explicit", bases + "  t:\n    privileged: false\n    <<: [*c, *b]"), .string("two")),
    ]

    func testTheKubernetesDialectReadsWhatKubectlReads() throws {
        let accepted = Self.mergeCases + Self.scalarCases + Self.keyCases + Self.streamCases
        let oracle = try runKubectl(on: accepted + Self.refusedCases.map(\.0) + Self.ambiguousCases.map(\.0) + Self.readOnlyByLibYAML)

        for testCase in accepted {
            let parsed = YAMLParser.parse(testCase.text, dialect: .kubernetes)
            XCTAssertEqual(parsed.problems, [], "\(testCase.name): kubectl accepts it")
            XCTAssertFalse(oracle.refused.contains(testCase.name), "\(testCase.name): kubectl refused it: \(oracle.stderr)")
            let ours = parsed.documents.map { Canonical($0.root) }.filter { $0 != .null }
            XCTAssertEqual(ours, oracle.objects[testCase.name] ?? [], "\(testCase.name)\n\(testCase.text)")
        }
        for (testCase, line) in Self.refusedCases {
            XCTAssertTrue(oracle.refused.contains(testCase.name), "\(testCase.name): kubectl accepted it")
            let problems = YAMLParser.parse(testCase.text, dialect: .kubernetes).problems
            XCTAssertEqual(problems.map(\.line), [line], "\(testCase.name): \(problems)")
        }
        for testCase in Self.readOnlyByLibYAML {
            XCTAssertTrue(oracle.refused.contains(testCase.name), "\(testCase.name): kubectl now accepts it; move it to the accepted cases")
            XCTAssertEqual(YAMLParser.parse(testCase.text, dialect: .kubernetes).problems, [], testCase.name)
        }
        for (testCase, merged) in Self.ambiguousCases {
            let read = oracle.objects[testCase.name]?.first?["x"]?["t"]?["privileged"]
            XCTAssertEqual(read, merged, "\(testCase.name): kubectl reads the merged value")
            let problems = YAMLParser.parse(testCase.text, dialect: .kubernetes).problems
            XCTAssertTrue(problems.first?.message.contains("replaces key `privileged` set before it at line 9") == true,
                          "\(testCase.name): \(problems)")
        }
    }

    // MARK: - Running kubectl

    private struct Oracle {
        /// Objects by the file they came from, in order.
        var objects: [String: [Canonical]] = [:]
        var refused: Set<String> = []
        var stderr = ""
    }

    private func runKubectl(on cases: [Case]) throws -> Oracle {
        guard let kubectl = ProcessInfo.processInfo.environment["PATH"]?
            .split(separator: ":").map({ "\($0)/kubectl" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("kubectl is not on PATH: the YAML layer cannot be compared with kubectl's reading")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kubectl-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for testCase in cases {
            try Data(testCase.text.utf8).write(to: directory.appendingPathComponent("\(testCase.name).yaml"))
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: kubectl)
        process.arguments = ["annotate", "--local", "-f", directory.path, "-o", "json", "oracle=1"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        var oracle = Oracle(stderr: stderr)
        for line in stderr.split(separator: "\n") where line.hasPrefix("error parsing ") {
            let file = line.dropFirst("error parsing ".count).prefix { $0 != ":" }
            oracle.refused.insert(URL(fileURLWithPath: String(file)).deletingPathExtension().lastPathComponent)
        }
        // kubectl prints one pretty-printed object per document, each closing with `}` alone on a line.
        var items: [Canonical] = []
        var pending = ""
        for line in String(decoding: stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            pending += line + "\n"
            if line == "}" {
                items.append(Canonical(try JSONParser.parse(pending)))
                pending = ""
            }
        }
        for item in items {
            guard case .string(let name)? = item["metadata"]?["name"] else { continue }
            let file = (cases.first { $0.name == name } ?? cases.first { name.hasPrefix($0.name + "-") })?.name ?? name
            oracle.objects[file, default: []].append(item.removingOracleAnnotation())
        }
        XCTAssertFalse(items.isEmpty, "kubectl printed no object: \(stderr)")
        return oracle
    }
}

/// A JSON value compared by meaning: mapping order does not matter, numbers are numbers.
private indirect enum Canonical: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([Canonical])
    case object([String: Canonical])

    init(_ node: YAMLNode) {
        switch node.content {
        case .sequence(let items):
            self = .array(items.map(Canonical.init))
        case .mapping(let entries):
            self = .object(Dictionary(entries.map { ($0.key, Canonical($0.value)) }, uniquingKeysWith: { _, last in last }))
        case .scalar(let scalar):
            switch scalar.value {
            case .null: self = .null
            case .bool(let bool): self = .bool(bool)
            case .int(let int): self = .number(Double(int))
            case .float(let float): self = .number(float)
            case .string: self = .string(scalar.text)
            }
        }
    }

    init(_ json: JSONValue) {
        switch json.kind {
        case .null: self = .null
        case .bool(let bool): self = .bool(bool)
        case .number(let number): self = .number(number)
        case .string(let string): self = .string(string)
        case .array(let items): self = .array(items.map(Canonical.init))
        case .object(let members):
            self = .object(Dictionary(members.map { ($0.key, Canonical($0.value)) }, uniquingKeysWith: { _, last in last }))
        }
    }

    subscript(key: String) -> Canonical? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The object without the annotation kubectl was asked to add (and without `annotations` if
    /// that was all it held).
    func removingOracleAnnotation() -> Canonical {
        guard case .object(var members) = self, case .object(var metadata)? = members["metadata"],
              case .object(var annotations)? = metadata["annotations"] else { return self }
        annotations["oracle"] = nil
        metadata["annotations"] = annotations.isEmpty ? nil : .object(annotations)
        members["metadata"] = .object(metadata)
        return .object(members)
    }
}

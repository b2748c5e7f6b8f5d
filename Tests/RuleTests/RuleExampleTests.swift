import InfragateRules
import XCTest

/// One generic test runs every rule's examples: triggering examples must be reported exactly on
/// their `↓` lines, non-triggering ones not at all. A rule cannot ship without proof.
final class RuleExampleTests: XCTestCase {
    private var packRules: [RuleDescription] {
        RuleCatalog.all.filter { !RuleCatalog.packs(listing: $0.id).isEmpty }
    }

    func testEveryPackRuleHasExamplesAndMetadata() {
        for rule in packRules {
            XCTAssertFalse(rule.triggering.isEmpty, "\(rule.id) has no triggering example")
            XCTAssertFalse(rule.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
            XCTAssertFalse(rule.checklist.isEmpty, "\(rule.id) names no checklist item")
            XCTAssertFalse(rule.recommendation.isEmpty, "\(rule.id) has no recommendation")
            XCTAssertFalse(rule.rationale.isEmpty, "\(rule.id) has no rationale")
            XCTAssertGreaterThan(rule.cwe, 0, "\(rule.id) has no CWE")
            for example in rule.triggering {
                XCTAssertFalse(example.unmarked.markedLines.isEmpty, "\(rule.id): a triggering example marks no line with ↓")
            }
        }
    }

    func testEveryFileKindHasExactlyOnePack() {
        for kind in FileKind.allCases {
            XCTAssertEqual(RuleCatalog.packs.filter { $0.kind == kind }.count, 1, "\(kind) must have one rule pack")
        }
    }

    /// A rule written but listed by no pack would never run and never be tested: every rule id the
    /// sources describe must be in the catalog.
    func testEveryDescribedRuleIsRegisteredInAPack() throws {
        let rulesFolder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Rules")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: rulesFolder, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        var described = Set<String>()
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: #/\bid: "([A-Z0-9]+(?:-[A-Z0-9]+)+)"/#) {
                described.insert(String(match.1))
            }
        }
        XCTAssertGreaterThan(described.count, 100, "the rule sources were not found at \(rulesFolder.path)")
        XCTAssertEqual(described.subtracting(RuleCatalog.ids).sorted(), [], "described but registered in no pack")
    }

    func testRuleIDsAreUniqueAndReadable() {
        let ids = RuleCatalog.packs.flatMap { $0.rules.map(\.id) } + GateRules.all.map(\.id)
        XCTAssertEqual(Set(ids).count, RuleCatalog.all.count)
        for id in ids {
            XCTAssertNotNil(id.range(of: "^[A-Z0-9]+(-[A-Z0-9]+)+$", options: .regularExpression), "rule id \(id) is not UPPER-KEBAB")
        }
    }

    func testTriggeringExamplesReportTheMarkedLines() {
        for rule in packRules {
            for (index, example) in rule.triggering.enumerated() {
                let (source, expected) = example.unmarked
                let lines = reportedLines(of: rule, source: source, path: example.path, neighbours: example.neighbours)
                XCTAssertEqual(lines, expected, "\(rule.id) triggering example #\(index + 1):\n\(source)")
            }
        }
    }

    func testNonTriggeringExamplesReportNothing() {
        for rule in packRules {
            for (index, example) in rule.nonTriggering.enumerated() {
                let lines = reportedLines(of: rule, source: example.unmarked.source, path: example.path, neighbours: example.neighbours)
                XCTAssertEqual(lines, [], "\(rule.id) non-triggering example #\(index + 1):\n\(example.code)")
            }
        }
    }

    /// Non-triggering examples that never write what the rule is about (the host PID rule shown
    /// secure by setting `hostIPC`) prove nothing: at least one of them must use a word of a
    /// reported line (the key, instruction or resource the rule judges) in its secure form; the
    /// others may show the secure default by leaving it out.
    func testNonTriggeringExamplesExerciseTheRulesSubject() {
        for rule in packRules {
            let subject = Set(rule.triggering.flatMap { example -> [String] in
                let (source, marked) = example.unmarked
                let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
                return marked.flatMap { words(in: lines[$0 - 1]) }
            })
            let exercised = rule.nonTriggering.contains { example in
                !subject.isDisjoint(with: words(in: ([example.code] + example.neighbours.values).joined(separator: "\n")[...]))
            }
            XCTAssertTrue(exercised, "\(rule.id): no non-triggering example uses a word its triggering examples report (\(subject.sorted().prefix(8).joined(separator: ", ")))")
        }
    }

    private func words(in text: Substring) -> [String] {
        text.matches(of: #/[A-Za-z_][A-Za-z0-9_]{2,}/#).map { String($0.0) }
    }

    /// Runs the example through the pack that owns it (by its file name when packs share the rule).
    private func reportedLines(of rule: RuleDescription, source: String, path: String?, neighbours: [String: String]) -> [Int]? {
        let owners = RuleCatalog.packs(listing: rule.id)
        guard let pack = owners.first(where: { $0.canEvaluate(examplePath: path ?? $0.examplePath) }) else {
            XCTFail("\(rule.id): no pack evaluates an example named \(path ?? "?")")
            return nil
        }
        let file = SourceFile(path: path ?? pack.examplePath, text: source)
        let result = pack.evaluate(file, in: ExampleTree(file: file, neighbours: neighbours))
        XCTAssertEqual(result.problems, [], "\(rule.id): example did not parse cleanly:\n\(source)")
        let violations = result.violations.filter { $0.rule.id == rule.id }.map(\.violation)
        for violation in violations {
            // An empty value quoted in a message (`pull policy ``) tells the reader nothing.
            XCTAssertFalse(violation.message.contains("``"), "\(rule.id): empty backticks in \"\(violation.message)\"")
            XCTAssertFalse(violation.message.isEmpty, "\(rule.id): empty message")
        }
        return violations.map(\.line).sorted()
    }
}

/// The revision an example is evaluated in: its file and its neighbours.
private struct ExampleTree: RepositorySnapshot {
    let files: [String: String]

    init(file: SourceFile, neighbours: [String: String]) {
        files = neighbours.merging([file.path: file.text]) { _, example in example }
    }

    func filePaths(in directory: String) -> [String] {
        files.keys.filter { path in
            let parent = path.split(separator: "/").dropLast().joined(separator: "/")
            return parent == directory
        }.sorted()
    }

    func allFilePaths() -> [String] { files.keys.sorted() }
    func text(at path: String) -> String? { files[path] }
}

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

    /// `subsumes` is applied by a pack's rule set, so it can only name a rule of the same pack.
    func testSubsumedRulesRunInTheSamePack() {
        for pack in RuleCatalog.packs {
            let ids = Set(pack.rules.map(\.id))
            for rule in pack.rules {
                for subsumed in rule.subsumes {
                    XCTAssertTrue(ids.contains(subsumed), "\(rule.id) subsumes \(subsumed), which \(pack.kind) does not run")
                    XCTAssertNotEqual(subsumed, rule.id, "\(rule.id) subsumes itself")
                }
            }
        }
    }

    func testRuleIDsAreUniqueAndReadable() {
        let ids = RuleCatalog.packs.flatMap { $0.rules.map(\.id) } + GateRules.all.map(\.id)
        XCTAssertEqual(Set(ids).count, RuleCatalog.all.count)
        for id in ids {
            XCTAssertNotNil(id.range(of: "^[A-Z0-9]+(-[A-Z0-9]+)+$", options: .regularExpression), "rule id \(id) is not UPPER-KEBAB")
        }
    }

    /// Triggering examples are reported exactly on their `↓` lines, non-triggering ones not at all,
    /// and at least one non-triggering example exercises what the rule reports (`RuleExampleCheck`).
    func testEveryRulesExamplesAreJudgedAsTheySay() {
        for rule in packRules {
            for problem in RuleExampleCheck.problems(of: rule) {
                XCTFail(problem)
            }
        }
    }

    /// A neighbour the rule reads but that does not parse is ignored by the rule (the gate reports it
    /// when it judges that file itself), so an example resting on one would pass for the wrong reason.
    /// Here the NetworkPolicy that makes the Deployment secure is broken, and the check names it.
    func testAnExampleWhoseNeighbourDoesNotParseIsAProblem() throws {
        let rule = try XCTUnwrap(RuleCatalog.rule(withID: "K8S-NO-NETWORK-POLICY"))
        let secure = try XCTUnwrap(rule.nonTriggering.first { !$0.neighbours.isEmpty })
        let broken = secure.neighbours.mapValues { $0.replacingOccurrences(of: "spec:", with: "spec: {\n  podSelector: [") }
        let copy = RuleDescription(
            id: rule.id, title: rule.title, severity: rule.severity, cwe: rule.cwe, checklist: rule.checklist,
            rationale: rule.rationale, recommendation: rule.recommendation, triggering: rule.triggering,
            nonTriggering: [RuleExample(secure.code, path: secure.path, neighbours: broken, parameters: secure.parameters)])
        XCTAssertEqual(RuleExampleCheck.problems(of: rule), [], "the rule's own examples are sound")
        let problems = RuleExampleCheck.problems(of: copy)
        XCTAssertTrue(problems.contains { $0.contains("neighbour \(broken.keys.sorted()[0]) does not parse") }, "\(problems)")
    }

    /// `RuleByIDTests.swift` (one Swift Testing test per rule, for `swift test --filter RULE-ID`) is
    /// generated from the catalog; a rule added without regenerating it fails here.
    func testThePerRuleTestsListEveryRule() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("RuleByIDTests.swift")
        let text = try String(contentsOf: file, encoding: .utf8)
        let listed = Set(text.matches(of: #/@Test func `([A-Z0-9-]+)`\(\)/#).map { String($0.1) })
        XCTAssertEqual(listed, Set(packRules.map(\.id)), "run scripts/generate-rule-tests.sh")
    }
}

import Foundation
@testable import InfragateRules
import XCTest

/// Rules the policy turns off are not run, nor is the context only they need read; what the
/// enabled rules report stays exactly what they report when every rule runs.
final class EnabledRulesTests: XCTestCase {
    func testATurnedOffRuleIsNotRun() {
        let first = CountingRule(id: "TEST-FIRST"), second = CountingRule(id: "TEST-SECOND")
        let rules = RuleSet<Int>([first, second])

        let narrowed = rules.violations(in: [1, 2], enabled: EnabledRules(turningOff: ["test-first"]))
        XCTAssertEqual(narrowed.map(\.rule.id), ["TEST-SECOND", "TEST-SECOND"])
        XCTAssertEqual(first.calls.value, 0, "a rule turned off (in any case) is not run")
        XCTAssertEqual(second.calls.value, 2)

        XCTAssertEqual(rules.violations(in: [1], enabled: .all).map(\.rule.id), ["TEST-FIRST", "TEST-SECOND"])
        XCTAssertEqual(first.calls.value, 1)
    }

    /// A finding of a turned-off rule that subsumes an enabled one still hides the enabled rule's
    /// at the same place, as when every rule runs: the subsuming rule runs, the policy drops its finding.
    func testATurnedOffRuleThatSubsumesAnEnabledOneStillRuns() {
        let narrow = CountingRule(id: "TEST-NARROW"), broad = CountingRule(id: "TEST-BROAD", subsumes: ["TEST-NARROW"])
        let rules = RuleSet<Int>([broad, narrow])
        let everything = rules.violations(in: [1], enabled: .all).map(\.rule.id)
        let withoutBroad = rules.violations(in: [1], enabled: EnabledRules(turningOff: ["TEST-BROAD"])).map(\.rule.id)
        XCTAssertEqual(everything, ["TEST-BROAD"])
        XCTAssertEqual(withoutBroad, everything)
        XCTAssertEqual(broad.calls.value, 2)

        XCTAssertTrue(rules.violations(in: [1], enabled: EnabledRules(turningOff: ["TEST-BROAD", "TEST-NARROW"])).isEmpty)
        XCTAssertEqual(broad.calls.value, 2, "with nothing it subsumes enabled, the rule is not run")
    }

    /// Every pack rule of the catalog, turned off on its own triggering examples: it reports nothing
    /// (unless its finding hides an enabled rule's), and every other rule reports what it reports
    /// when all run. (Secret detectors share one Vectorscan database and all run; the policy drops
    /// the findings of those turned off.)
    func testTurningOffOneRuleLeavesEveryOtherRulesFindingsAsTheyAre() {
        for rule in RuleCatalog.all where !RuleCatalog.packs(listing: rule.id).contains(where: { $0.kind == .secrets }) {
            let turnedOff = EnabledRules(turningOff: [rule.id])
            for example in rule.triggering {
                let source = example.unmarked.source
                for pack in RuleCatalog.packs(listing: rule.id) where pack.canEvaluate(examplePath: example.path ?? pack.examplePath) {
                    let path = example.path ?? pack.examplePath
                    let all = SourceFile(path: path, text: source, parameters: example.parameters)
                    let narrowed = SourceFile(path: path, text: source, parameters: example.parameters, enabledRules: turnedOff)
                    let everything = findings(pack.evaluate(all, in: ExampleTree(file: all, neighbours: example.neighbours)))
                    let remaining = findings(pack.evaluate(narrowed, in: ExampleTree(file: narrowed, neighbours: example.neighbours)))
                    XCTAssertEqual(remaining.filter { !$0.hasPrefix(rule.id + "@") }, everything.filter { !$0.hasPrefix(rule.id + "@") },
                                   "\(rule.id) turned off changed other rules' findings:\n\(source)")
                    if rule.subsumes.isEmpty {
                        XCTAssertFalse(remaining.contains { $0.hasPrefix(rule.id + "@") }, "\(rule.id) turned off still reported:\n\(source)")
                    }
                }
            }
        }
    }

    /// The NetworkPolicy, quota, ServiceAccount, admission and skaffold context of the tree is read only for
    /// the rules that ask for it: with them off, a Deployment is judged without reading the tree.
    func testContextOnlyTurnedOffRulesNeedIsNotRead() {
        let deployment = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            """
        let file = SourceFile(path: "deploy/web.yaml", text: deployment)
        let everything = CountingSnapshot()
        let all = KubernetesPack.evaluate(file, in: everything)
        XCTAssertGreaterThan(everything.reads.value, 0, "the tree rules read the tree")

        let treeRules = ["K8S-NO-NETWORK-POLICY", "K8S-NETWORK-POLICY-NO-EGRESS", "K8S-NAMESPACE-NO-QUOTA",
                         "K8S-WORKLOAD-NAMESPACE-NO-QUOTA", "K8S-SA-TOKEN-MOUNTED", "K8S-IMAGE-LATEST", "K8S-IMAGE-DIGEST",
                         "K8S-IMAGE-PULL-POLICY", "K8S-IMAGE-REGISTRY-NOT-ALLOWED", "K8S-PSS-ENFORCE-VIOLATION",
                         "K8S-PSS-PROFILE-VIOLATION", "K8S-CLUSTER-NO-POLICY-ENGINE", "K8S-CLUSTER-NO-IMAGE-VERIFICATION"]
        for id in treeRules { XCTAssertNotNil(RuleCatalog.rule(withID: id), "no rule \(id)") }
        let narrowedSnapshot = CountingSnapshot()
        let narrowed = KubernetesPack.evaluate(
            SourceFile(path: file.path, text: deployment, enabledRules: EnabledRules(turningOff: treeRules)), in: narrowedSnapshot)
        XCTAssertEqual(narrowedSnapshot.reads.value, 0, "no enabled rule needs the tree")
        XCTAssertEqual(findings(narrowed), findings(all).filter { finding in !treeRules.contains { finding.hasPrefix($0 + "@") } })
        XCTAssertFalse(findings(narrowed).isEmpty, "the enabled rules still judge the file")
    }

    private func findings(_ result: PackResult) -> [String] {
        result.violations.map { "\($0.rule.id)@\($0.violation.line)|\($0.violation.identity)|\($0.violation.message)" }
    }
}

/// How many times something happened, from a Sendable rule or snapshot.
private final class Count: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}

/// A rule that reports every input at line 1 and counts its runs.
private struct CountingRule: Rule {
    let description: RuleDescription
    let calls = Count()

    init(id: String, subsumes: [String] = []) {
        description = RuleDescription(
            id: id, title: id, severity: .high, cwe: 16, checklist: "test", rationale: "test", recommendation: "test",
            subsumes: subsumes, triggering: [], nonTriggering: [])
    }

    func check(_ input: Int) -> [Violation] {
        calls.increment()
        return [Violation(line: 1, message: "input \(input)", identity: "\(input)")]
    }
}

/// An empty tree that counts every question asked of it.
private struct CountingSnapshot: RepositorySnapshot {
    let reads = Count()

    func filePaths(in directory: String) -> [String] { reads.increment(); return [] }
    func allFilePaths() -> [String] { reads.increment(); return [] }
    func filePaths(under directory: String) -> [String] { reads.increment(); return [] }
    func text(at path: String) -> String? { reads.increment(); return nil }
    func facts(_ collector: TreeFacts) -> Set<String> { reads.increment(); return [] }
}

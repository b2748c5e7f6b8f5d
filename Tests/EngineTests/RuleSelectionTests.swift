import InfragateEngine
import InfragateRules
import XCTest

/// `--rule`, `--skip-rule` and `--pack` leave rules out of the run, not only out of the report: the
/// policy they give packs turns those rules off, and the notice counts the rules that did not run.
final class RuleSelectionTests: XCTestCase {
    private let loaded = LoadedPolicy(policy: .defaults, source: "built-in defaults")

    func testOnlyTheSelectedRulesRun() {
        let enabled = loaded.running(FindingSelection(rules: ["DOCKER-ROOT-USER"])).policy.enabledRules
        XCTAssertTrue(enabled.includes("DOCKER-ROOT-USER"))
        XCTAssertFalse(enabled.includes("DOCKER-PIPE-TO-SHELL"))
        XCTAssertFalse(enabled.includes("docker-pipe-to-shell"), "ids in any case")
        XCTAssertFalse(loaded.running(FindingSelection(rules: ["DOCKER-ROOT-USER"])).policy.runsSecretDetectors)

        let skipped = loaded.running(FindingSelection(skippedRules: ["DOCKER-ROOT-USER"])).policy.enabledRules
        XCTAssertFalse(skipped.includes("DOCKER-ROOT-USER"))
        XCTAssertTrue(skipped.includes("DOCKER-PIPE-TO-SHELL"))
    }

    func testAPackSelectionRunsExactlyThatPacksRules() {
        let policy = loaded.running(FindingSelection(packs: [.terraform])).policy
        for pack in RuleCatalog.packs {
            for rule in pack.rules where !rule.isOptIn {
                let inTerraform = RuleCatalog.packs(listing: rule.id).contains { $0.kind == .terraform }
                XCTAssertEqual(policy.enabledRules.includes(rule.id), inTerraform, rule.id)
            }
        }
        XCTAssertFalse(policy.runsSecretDetectors, "no detector selected: no secrets scan")
        XCTAssertTrue(loaded.running(FindingSelection(packs: [.secrets])).policy.runsSecretDetectors)
    }

    func testWithoutANarrowingEveryRuleRunsAsThePolicySays() {
        XCTAssertEqual(loaded.running(FindingSelection(baseline: ["f": 1])).policy, loaded.policy)
        XCTAssertTrue(loaded.policy.runsSecretDetectors)
    }
}

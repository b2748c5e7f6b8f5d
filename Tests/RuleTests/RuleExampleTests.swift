import InfragateRules
import XCTest

/// One generic test runs every rule's examples: triggering examples must be reported exactly on
/// their `↓` lines, non-triggering ones not at all. A rule cannot ship without proof.
final class RuleExampleTests: XCTestCase {
    func testEveryPackRuleHasExamplesAndMetadata() {
        for pack in RuleCatalog.packs {
            for rule in pack.rules {
                XCTAssertFalse(rule.triggering.isEmpty, "\(rule.id) has no triggering example")
                XCTAssertFalse(rule.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
                XCTAssertFalse(rule.checklist.isEmpty, "\(rule.id) names no checklist item")
                XCTAssertFalse(rule.recommendation.isEmpty, "\(rule.id) has no recommendation")
                XCTAssertGreaterThan(rule.cwe, 0, "\(rule.id) has no CWE")
                for example in rule.triggering {
                    XCTAssertFalse(example.unmarked.markedLines.isEmpty, "\(rule.id): a triggering example marks no line with ↓")
                }
            }
        }
    }

    func testRuleIDsAreUniqueAndReadable() {
        let ids = RuleCatalog.all.map(\.id)
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate rule ids")
        for id in ids {
            XCTAssertNotNil(id.range(of: "^[A-Z0-9]+(-[A-Z0-9]+)+$", options: .regularExpression), "rule id \(id) is not UPPER-KEBAB")
        }
    }

    func testTriggeringExamplesReportTheMarkedLines() {
        for pack in RuleCatalog.packs {
            for rule in pack.rules {
                for (index, example) in rule.triggering.enumerated() {
                    let (source, expected) = example.unmarked
                    let lines = reportedLines(of: rule, in: pack, source: source, path: example.path)
                    XCTAssertEqual(lines, expected, "\(rule.id) triggering example #\(index + 1):\n\(source)")
                }
            }
        }
    }

    func testNonTriggeringExamplesReportNothing() {
        for pack in RuleCatalog.packs {
            for rule in pack.rules {
                for (index, example) in rule.nonTriggering.enumerated() {
                    let lines = reportedLines(of: rule, in: pack, source: example.unmarked.source, path: example.path)
                    XCTAssertEqual(lines, [], "\(rule.id) non-triggering example #\(index + 1):\n\(example.code)")
                }
            }
        }
    }

    private func reportedLines(of rule: RuleDescription, in pack: any RulePack.Type, source: String, path: String?) -> [Int] {
        let file = SourceFile(path: path ?? pack.examplePath, text: source)
        let result = pack.evaluate(file, in: EmptySnapshot())
        return result.violations.filter { $0.rule.id == rule.id }.map(\.violation.line).sorted()
    }
}

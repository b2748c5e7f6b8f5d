import Foundation
import InfragateRules
@testable import InfragateReporters
import XCTest

final class CatalogRendererTests: XCTestCase {
    func testExplainShowsMetadataAndMarkedExamples() {
        let text = CatalogRenderer.explain(ReportFixtures.rootUser)
        XCTAssertTrue(text.hasPrefix("TEST-ROOT-USER: Final stage runs as root\n"))
        for expected in [
            "Severity:   high",
            "CWE:        CWE-250 (https://cwe.mitre.org/data/definitions/250.html)",
            "OWASP:      A05:2021 Security Misconfiguration",
            "Checklist:  Container security › Non-root user configured",
            "  checkov: CKV_DOCKER_3, CKV_DOCKER_8",
            "  hadolint: DL3002",
            """
            Bad (triggers the rule; ↓ marks each reported line):
              Example 1 (Dockerfile):
                  FROM alpine:3.20
                ↓ USER root
                  CMD ["sh"]
            """,
            """
            Good (does not trigger):
              Example 1:
                  FROM alpine:3.20
                  USER 10001
            """,
        ] {
            XCTAssertTrue(text.contains(expected), "missing:\n\(expected)\nin:\n\(text)")
        }
    }

    func testTableListsEveryRuleWithItsKind() {
        let table = CatalogRenderer.text(for: [ReportFixtures.rootUser, GateRules.parseError])
        XCTAssertEqual(table, """
            ID                SEVERITY  KIND  TITLE
            TEST-ROOT-USER    high      -     Final stage runs as root
            GATE-PARSE-ERROR  high      gate  Infrastructure file could not be parsed

            """)
        let catalogTable = CatalogRenderer.text()
        XCTAssertTrue(RuleCatalog.all.allSatisfy { catalogTable.contains($0.id) })
    }

    func testJSONCarriesEveryFieldWithEquivalentsGroupedByTool() throws {
        let output = CatalogRenderer.json(for: [ReportFixtures.rootUser])
        let rules = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        let rule = try XCTUnwrap(rules.first)
        XCTAssertEqual(rule["id"] as? String, "TEST-ROOT-USER")
        XCTAssertEqual(rule["cwe"] as? Int, 250)
        XCTAssertEqual(rule["owasp"] as? String, RuleDescription.defaultOWASP)
        XCTAssertEqual(rule["checklist"] as? String, ReportFixtures.rootUser.checklist)
        XCTAssertEqual(rule["rationale"] as? String, ReportFixtures.rootUser.rationale)
        XCTAssertEqual(rule["recommendation"] as? String, ReportFixtures.rootUser.recommendation)
        XCTAssertEqual(rule["equivalents"] as? [String: [String]], ["checkov": ["CKV_DOCKER_3", "CKV_DOCKER_8"], "hadolint": ["DL3002"]])
        let triggering = try XCTUnwrap(rule["triggering"] as? [[String: String]])
        XCTAssertEqual(triggering, [["code": "FROM alpine:3.20\n↓USER root\nCMD [\"sh\"]", "path": "Dockerfile"]])
        XCTAssertEqual((rule["nonTriggering"] as? [[String: String]])?.count, 1)

        let catalog = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(CatalogRenderer.json().utf8)) as? [[String: Any]])
        XCTAssertEqual(catalog.count, RuleCatalog.all.count)
    }
}

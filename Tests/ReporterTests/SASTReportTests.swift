import Foundation
import InfragateEngine
import InfragateRules
@testable import InfragateReporters
import XCTest

final class SASTReportTests: XCTestCase {
    private let uuidPattern = "^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"

    func testDocumentHasTheRequiredFields() throws {
        let document = try render([ReportFixtures.finding(line: 2, endLine: 3)])
        XCTAssertEqual(document["version"] as? String, "15.0.6")

        let scan = try XCTUnwrap(document["scan"] as? [String: Any])
        XCTAssertEqual(scan["type"] as? String, "sast")
        XCTAssertEqual(scan["status"] as? String, "success")
        XCTAssertEqual(scan["start_time"] as? String, "2026-09-21T14:13:20")
        XCTAssertEqual(scan["end_time"] as? String, "2026-09-21T14:13:20")
        for role in ["analyzer", "scanner"] {
            let tool = try XCTUnwrap(scan[role] as? [String: Any])
            XCTAssertEqual(tool["id"] as? String, "infragate")
            XCTAssertEqual(tool["version"] as? String, "1.2.3")
            XCTAssertEqual((tool["vendor"] as? [String: Any])?["name"] as? String, "infragate")
        }

        let vulnerability = try XCTUnwrap((document["vulnerabilities"] as? [[String: Any]])?.first)
        XCTAssertNotNil((vulnerability["id"] as? String)?.range(of: uuidPattern, options: .regularExpression))
        XCTAssertEqual(vulnerability["severity"] as? String, "High")
        XCTAssertEqual(vulnerability["solution"] as? String, "Add `USER 10001` to the final stage.")
        let location = try XCTUnwrap(vulnerability["location"] as? [String: Any])
        XCTAssertEqual(location["file"] as? String, "Dockerfile")
        XCTAssertEqual(location["start_line"] as? Int, 2)
        XCTAssertEqual(location["end_line"] as? Int, 3)
        let identifiers = try XCTUnwrap(vulnerability["identifiers"] as? [[String: String]])
        XCTAssertEqual(identifiers.first?["value"], "TEST-ROOT-USER", "the rule id is the primary identifier")
        XCTAssertEqual(identifiers.last?["name"], "CWE-250")
    }

    func testIdsAreDeterministicAndUniqueForRepeatedConstructs() throws {
        let findings = [ReportFixtures.finding(line: 4, identity: "same"), ReportFixtures.finding(line: 9, identity: "same")]
        let ids = { (document: [String: Any]) in
            (document["vulnerabilities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        let first = try ids(render(findings))
        XCTAssertEqual(Set(first).count, 2)
        XCTAssertEqual(try ids(render(findings)), first)
    }

    func testDeterministicUUIDHasVersionAndVariantBits() {
        for name in ["", "a", "b91b871e399f07fe45920b8291bc2849-2"] {
            let uuid = DeterministicUUID.from(name)
            XCTAssertNotNil(uuid.range(of: uuidPattern, options: .regularExpression), uuid)
            XCTAssertEqual(DeterministicUUID.from(name), uuid)
        }
        XCTAssertNotEqual(DeterministicUUID.from("a"), DeterministicUUID.from("b"))
    }

    private func render(_ findings: [Finding]) throws -> [String: Any] {
        let report = ReportFixtures.report(findings.map { JudgedFinding(finding: $0, level: .failure) })
        let output = OutputFormat.gitlabSAST.render(report, options: ReportFixtures.options)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import InfragateEngine
import InfragateRules
@testable import InfragateReporters
import XCTest

final class JUnitReportTests: XCTestCase {
    private final class Cases: NSObject, XMLParserDelegate {
        var names: [String] = []
        var failures = 0
        var skipped = 0
        var suites: [[String: String]] = []

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch element {
            case "testcase": names.append("\(attributes["classname"] ?? "") \(attributes["name"] ?? "")")
            case "failure": failures += 1
            case "skipped": skipped += 1
            case "testsuite": suites.append(attributes)
            default: break
            }
        }
    }

    private func parsed(_ xml: String) throws -> Cases {
        let cases = Cases()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = cases
        XCTAssertTrue(parser.parse(), "not well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "")\n\(xml)")
        return cases
    }

    func testOneCasePerRuleAndFileAndFailuresOnlyAtTheThreshold() throws {
        let dockerRules = try XCTUnwrap(RuleCatalog.pack(for: .dockerfile)).rules
        let failing = JudgedFinding(finding: ReportFixtures.finding(line: 2), level: .failure)
        let warning = JudgedFinding(finding: ReportFixtures.finding(ReportFixtures.latestTag, line: 1), level: .warning)
        let suppressed = SuppressedFinding(finding: ReportFixtures.finding(ReportFixtures.latestTag, path: "b/Dockerfile", line: 1),
                                           authority: .inline, reason: "pinned by the base image policy")
        let xml = OutputFormat.junit.render(ReportFixtures.report([failing, warning], suppressed: [suppressed]), options: ReportFixtures.options)
        let cases = try parsed(xml)

        // The Dockerfile pack's rules, plus the fixture rules' own cases (they belong to no pack).
        XCTAssertEqual(cases.names.count, dockerRules.count + 3, xml)
        XCTAssertEqual(Set(cases.names).count, cases.names.count, "one case per rule × file")
        XCTAssertTrue(cases.names.contains("Dockerfile \(dockerRules[0].id): \(dockerRules[0].title)"))
        XCTAssertEqual(cases.failures, 1, "the medium finding is below fail_on")
        XCTAssertEqual(cases.skipped, 1)
        XCTAssertEqual(cases.suites.first?["failures"], "1")
        XCTAssertEqual(cases.suites.first?["tests"], String(cases.names.count))
        XCTAssertTrue(xml.contains("<system-out>warning (medium) Dockerfile:1: "), xml)
        XCTAssertTrue(xml.contains("suppressed: inline comment: pinned by the base image policy"), xml)
    }

    func testHostileTextStaysWellFormed() throws {
        let finding = ReportFixtures.finding(path: "a\"<&>'\u{1}/Dockerfile", message: "]]></failure><x>\u{0}")
        let xml = OutputFormat.junit.render(ReportFixtures.report([JudgedFinding(finding: finding, level: .failure)]), options: ReportFixtures.options)
        let cases = try parsed(xml)
        XCTAssertEqual(cases.failures, 1)
        XCTAssertTrue(cases.names.contains { $0.hasPrefix("a\"<&>'\\x01/Dockerfile TEST-ROOT-USER") }, "\(cases.names)")
    }
}

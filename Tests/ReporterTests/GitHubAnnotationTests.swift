import InfragateEngine
import InfragateRules
@testable import InfragateReporters
import XCTest

final class GitHubAnnotationTests: XCTestCase {
    func testAnnotationForAKnownFindingIsExact() {
        let finding = ReportFixtures.finding(line: 2, endLine: 3)
        let output = OutputFormat.github.render(
            ReportFixtures.report([JudgedFinding(finding: finding, level: .failure)]), options: ReportFixtures.options)
        XCTAssertEqual(
            output.components(separatedBy: "\n").first,
            "::error file=Dockerfile,line=2,endLine=3,title=TEST-ROOT-USER%3A Final stage runs as root::"
                + "The final stage runs as root.%0AFix: Add `USER 10001` to the final stage.")
    }
}

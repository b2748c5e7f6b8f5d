import InfragateEngine
import InfragateRules
@testable import InfragateReporters
import XCTest

final class GitHubAnnotationTests: XCTestCase {
    func testAnnotationsForKnownFindingsAreExact() {
        let report = ReportFixtures.report([
            JudgedFinding(finding: ReportFixtures.finding(line: 2, endLine: 3), level: .failure),
            JudgedFinding(
                finding: ReportFixtures.finding(ReportFixtures.latestTag, line: 1, message: "Image `alpine:latest` is not pinned."),
                level: .warning),
        ])
        XCTAssertEqual(commandLines(of: report), [
            "::error file=Dockerfile,line=2,endLine=3,title=TEST-ROOT-USER%3A Final stage runs as root::"
                + "The final stage runs as root.%0AFix: Add `USER 10001` to the final stage.",
            "::warning file=Dockerfile,line=1,title=TEST-LATEST-TAG%3A Image uses the latest tag::"
                + "Image `alpine:latest` is not pinned.%0AFix: Pin the image to a version or a digest.",
        ])
    }

    func testALineOfZeroIsOmittedRatherThanSent() {
        let report = ReportFixtures.report([JudgedFinding(finding: ReportFixtures.finding(line: 0), level: .notice)])
        XCTAssertEqual(commandLines(of: report).first?.hasPrefix("::notice file=Dockerfile,title="), true)
    }

    func testEscapingMatchesTheToolkit() {
        XCTAssertEqual(WorkflowCommand.escapeData("100% done\r\nnext"), "100%25 done%0D%0Anext")
        XCTAssertEqual(WorkflowCommand.escapeProperty("a:b,c%d\ne"), "a%3Ab%2Cc%25d%0Ae")
        XCTAssertEqual(WorkflowCommand.escapeData("%0A"), "%250A", "an escape already in the text must stay literal")
        let command = WorkflowCommand(name: "error", properties: [("file", "x"), ("line", ""), ("title", "")], message: "m")
        XCTAssertEqual(command.line, "::error file=x::m")
    }

    func testHostileFileNameCannotInjectACommand() {
        let path = "a,line=1::x\n::error::pwned\r::stop-commands::t ##[error]legacy"
        let report = ReportFixtures.report([JudgedFinding(finding: ReportFixtures.finding(path: path), level: .failure)])
        let output = OutputFormat.github.render(report, options: ReportFixtures.options)

        XCTAssertEqual(output.components(separatedBy: .newlines).filter { !$0.isEmpty }.count, 1)
        XCTAssertTrue(output.hasPrefix(
            "::error file=a%2Cline=1%3A%3Ax%0A%3A%3Aerror%3A%3Apwned%0D%3A%3Astop-commands%3A%3At ##[error]legacy,line=2,"))
    }

    func testHostileMessagesStayInsideTheirAnnotation() {
        let messages = ["%0A::set-env name=X::y", "::stop-commands::token", "one\r\n::add-mask::two", "x\u{2028}::error::y"]
        let findings = messages.enumerated().map { index, message in
            JudgedFinding(finding: ReportFixtures.finding(line: index + 1, message: message), level: .failure)
        }
        let lines = commandLines(of: ReportFixtures.report(findings))

        XCTAssertEqual(lines.count, messages.count)
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("::error file=Dockerfile,") })
        XCTAssertTrue(lines[0].contains("::%250A::set-env name=X::y%0AFix: "))
        XCTAssertTrue(lines[2].contains(#"::one\r\n::add-mask::two%0AFix: "#), "CR and LF from the file are shown, not sent")
        XCTAssertTrue(lines[3].contains(#"::x\u{2028}::error::y%0AFix: "#))
    }

    func testAtMostTenPerLevelMostSevereFirstThenANoticeCountingTheRest() {
        let failures = (1...12).map { line in
            JudgedFinding(
                finding: ReportFixtures.finding(line <= 2 ? ReportFixtures.latestTag : ReportFixtures.rootUser, line: line),
                level: .failure)
        }
        let warnings = (1...3).map { JudgedFinding(finding: ReportFixtures.finding(line: $0), level: .warning) }
        let notices = (1...11).map { JudgedFinding(finding: ReportFixtures.finding(line: $0), level: .notice) }
        let lines = commandLines(of: ReportFixtures.report(notices + warnings + failures))

        let errors = lines.filter { $0.hasPrefix("::error ") }
        XCTAssertEqual(errors.count, 10)
        XCTAssertFalse(errors.contains { $0.contains("TEST-LATEST-TAG") }, "the two medium findings are the ones left out")
        XCTAssertEqual(lines.filter { $0.hasPrefix("::warning ") }.count, 3)
        XCTAssertEqual(lines.filter { $0.hasPrefix("::notice ") }.count, 10, "nine findings and the closing notice")
        XCTAssertEqual(
            lines.last,
            "::notice title=infragate::4 more findings not annotated: GitHub shows only 10 annotations per level "
                + "in a step. The job summary lists all of them.")
        XCTAssertLessThan(lines.firstIndex { $0.hasPrefix("::error ") } ?? .max, lines.firstIndex { $0.hasPrefix("::warning ") } ?? 0)
    }

    func testNoClosingNoticeWhenEveryFindingIsAnnotated() {
        let notices = (1...10).map { JudgedFinding(finding: ReportFixtures.finding(line: $0), level: .notice) }
        let lines = commandLines(of: ReportFixtures.report(notices))
        XCTAssertEqual(lines.count, 10)
        XCTAssertFalse(lines.contains { $0.contains("not annotated") })
    }

    func testOutputIsOnlyAnnotationsEachOnItsOwnLine() {
        let findings = (1...12).map { JudgedFinding(finding: ReportFixtures.finding(line: $0), level: .failure) }
        let output = OutputFormat.github.render(ReportFixtures.report(findings), options: ReportFixtures.options)
        let lines = output.components(separatedBy: "\n")
        XCTAssertEqual(lines.last, "", "ends with a newline")
        XCTAssertEqual(lines.dropLast().filter { !$0.hasPrefix("::error ") && !$0.hasPrefix("::notice ") }, [])
        XCTAssertEqual(OutputFormat.github.render(ReportFixtures.report([]), options: ReportFixtures.options), "")
    }

    /// The lines the GitHub runner would take as workflow commands (it trims leading whitespace).
    private func commandLines(of report: GateReport) -> [String] {
        OutputFormat.github.render(report, options: ReportFixtures.options)
            .components(separatedBy: .newlines)
            .map { String($0.drop { $0 == " " || $0 == "\t" }) }
            .filter { $0.hasPrefix("::") }
    }
}

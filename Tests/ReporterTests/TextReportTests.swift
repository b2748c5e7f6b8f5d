import InfragateEngine
import InfragateRules
@testable import InfragateReporters
import XCTest

final class TextReportTests: XCTestCase {
    func testFullReportReadsInOrder() {
        let report = ReportFixtures.report(
            [
                JudgedFinding(finding: ReportFixtures.finding(ReportFixtures.latestTag, path: "b/Dockerfile", line: 1), level: .warning),
                JudgedFinding(finding: ReportFixtures.finding(path: "a/Dockerfile", line: 2), level: .failure),
                JudgedFinding(finding: ReportFixtures.finding(path: "b/Dockerfile", line: 5), level: .failure),
            ],
            suppressed: [SuppressedFinding(finding: ReportFixtures.finding(line: 8), authority: .inline, reason: "test image")],
            skipped: [SkippedFile(path: "img.tar", reason: .binary, detail: "")],
            notices: ["Waiver W-12 expired on 2026-01-01."])
        let output = OutputFormat.text.render(report, options: ReportFixtures.options)
        XCTAssertEqual(output, """
            infragate · scope: merge-base 1a2b3c..4d5e6f · policy: built-in defaults

            ── a/Dockerfile
              FAIL  a/Dockerfile:2  TEST-ROOT-USER  Final stage runs as root  [high]
                    - The final stage runs as root.
                    - Fix: Add `USER 10001` to the final stage.

            ── b/Dockerfile
              FAIL  b/Dockerfile:5  TEST-ROOT-USER  Final stage runs as root  [high]
                    - The final stage runs as root.
                    - Fix: Add `USER 10001` to the final stage.
              WARN  b/Dockerfile:1  TEST-LATEST-TAG  Image uses the latest tag  [medium]
                    - The final stage runs as root.
                    - Fix: Pin the image to a version or a digest.

            Skipped 1 file (not judged):
              - img.tar: binary

            Not counted: 1 finding suppressed (1 inline, 0 by waiver, 0 turned off by the policy):
              - Dockerfile:8  TEST-ROOT-USER  inline comment: test image
            Notice: Waiver W-12 expired on 2026-01-01.

            Scanned 1 file; 3 findings: 2 failures, 1 warning, 0 notices.
            FAIL: 2 findings at or above fail_on (high); 1 finding at or above warn_on (medium).

            """)
    }

    func testPassingReportSaysWhichThresholdHeld() {
        let output = OutputFormat.text.render(ReportFixtures.report([]), options: ReportFixtures.options)
        XCTAssertTrue(output.contains("\nNo findings.\n"))
        XCTAssertTrue(output.hasSuffix("PASS: nothing at or above fail_on (high).\n"))
    }

    func testHostilePathCannotEscapeTheTerminalOrFakeALine() {
        let path = "evil\u{1B}]0;title\u{07}\u{1B}[2K\rPASS\n::error::x\u{9B}31m\u{202E}gnp.exe ##[warning]y"
        let report = ReportFixtures.report(
            [JudgedFinding(finding: ReportFixtures.finding(path: path, message: "msg\r\u{1B}[1A"), level: .failure)],
            skipped: [SkippedFile(path: path, reason: .notUTF8, detail: path)],
            notices: [path])
        let output = OutputFormat.text.render(report, options: ReportFixtures.options)

        let forbidden: [Unicode.Scalar] = ["\u{1B}", "\r", "\u{07}", "\u{9B}", "\u{202E}"]
        XCTAssertFalse(output.unicodeScalars.contains { forbidden.contains($0) })
        XCTAssertFalse(output.contains("##["))
        for line in output.components(separatedBy: "\n") {
            XCTAssertFalse(line.drop { $0 == " " }.hasPrefix("::"), "line starts with a workflow command: \(line)")
            XCTAssertFalse(line.hasPrefix("PASS"), "repository text faked a line: \(line)")
        }
        XCTAssertTrue(output.contains(#"evil\x1b]0;title\x07\x1b[2K\rPASS\n::error::x\x9b31m\u{202e}gnp.exe #\x23[warning]y:2"#))
    }

    func testCommitThatIntroducedAFindingIsNamed() {
        var finding = ReportFixtures.finding()
        finding.commit = "4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e"
        let output = OutputFormat.text.render(
            ReportFixtures.report([JudgedFinding(finding: finding, level: .failure)]), options: ReportFixtures.options)
        XCTAssertTrue(output.contains("\n        - Introduced in commit 4d5e6f7a8b9c\n"))
    }

    func testColourOnlyWhenAsked() {
        let report = ReportFixtures.report([JudgedFinding(finding: ReportFixtures.finding(), level: .failure)])
        let plain = OutputFormat.text.render(report, options: ReportFixtures.options)
        var options = ReportFixtures.options
        options.colour = true
        let coloured = OutputFormat.text.render(report, options: options)

        XCTAssertFalse(plain.contains("\u{1B}"))
        XCTAssertTrue(coloured.contains("\u{1B}[31mFAIL\u{1B}[0m  Dockerfile:2"))
    }
}

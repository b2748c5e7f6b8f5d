import InfragateParsers
import XCTest

final class DockerfileShellScriptTests: XCTestCase {
    private func words(_ script: String) -> [[String]] {
        ShellScript.commands(in: script).map(\.words)
    }

    func testOperatorsSeparateCommands() {
        XCTAssertEqual(words("apt-get update && apt-get install -y curl; echo done || true\nls"), [
            ["apt-get", "update"], ["apt-get", "install", "-y", "curl"], ["echo", "done"], ["true"], ["ls"],
        ])
    }

    func testPipesAreMarked() {
        let commands = ShellScript.commands(in: "curl -fsSL https://example.com/x | sudo bash - || echo failed")
        XCTAssertEqual(commands.map(\.pipesIntoNext), [true, false, false])
        XCTAssertEqual(commands.map(\.words), [["curl", "-fsSL", "https://example.com/x"], ["sudo", "bash", "-"], ["echo", "failed"]])
    }

    func testQuotesEscapesAndContinuations() {
        XCTAssertEqual(words(#"echo "a && b" 'c | d' e\ f \"#), [["echo", "a && b", "c | d", "e f"]])
        XCTAssertEqual(words("apt-get install \\\n  curl"), [["apt-get", "install", "curl"]])
    }

    func testStandardOutputTargetsAreKeptApartFromWords() {
        let commands = ShellScript.commands(in: #"echo a > "out file" 2>err; env >>all 1>one &>both 2>&1 >&2 < in; cat <<EOF"#)
        XCTAssertEqual(commands.map(\.words), [["echo", "a"], ["env"], ["cat"]])
        XCTAssertEqual(commands.map(\.outputTargets), [["out file"], ["all", "one", "both"], []],
                       "stderr, descriptor moves, input and heredocs are not output files")
    }

    func testSubstitutionsStayInOneWord() {
        XCTAssertEqual(words(#"sh -c "$(curl -fsSL "https://example.com/x")""#), [["sh", "-c", #"$(curl -fsSL "https://example.com/x")"#]])
        XCTAssertEqual(words("bash <(curl -s https://example.com/x) && echo ok"), [["bash", "<(curl -s https://example.com/x)"], ["echo", "ok"]])
        XCTAssertEqual(words("echo `uname -m` ${HOME:-/root}"), [["echo", "`uname -m`", "${HOME:-/root}"]])
    }

    func testRedirectionsAndCommentsAreNotArguments() {
        XCTAssertEqual(words("make install > /dev/null 2>&1 # quiet\ncat <<EOF"), [["make", "install"], ["cat"]])
    }

    func testUnbalancedInputEndsWithoutCrashing() {
        XCTAssertEqual(words("echo \"unterminated $(curl"), [["echo", "unterminated $(curl"]])
        let deep = String(repeating: "$(", count: 100_000)
        XCTAssertEqual(ShellScript.commands(in: deep).count, 1)
    }

    func testRunScriptsIncludeHeredocBodiesOnlyWhenTheyAreTheScript() throws {
        let file = Dockerfile.parse("""
            FROM alpine:3.20
            RUN <<EOF
            apk add curl
            EOF
            RUN python3 <<EOF
            print("not shell")
            EOF
            RUN ["/bin/sh", "-c", "echo a && echo b"]
            RUN ["echo", "exec form"]
            COPY a b
            """)
        let instructions = try XCTUnwrap(file.stages.first?.instructions)
        XCTAssertEqual(instructions[0].shellCommands.map(\.words), [["apk", "add", "curl"]])
        XCTAssertEqual(instructions[1].shellCommands.map(\.words), [["python3"]])
        XCTAssertEqual(instructions[2].shellCommands.map(\.words), [["echo", "a"], ["echo", "b"]])
        XCTAssertEqual(instructions[3].shellCommands.map(\.words), [["echo", "exec form"]])
        XCTAssertEqual(instructions[4].shellCommands, [])
    }
}

import ArgumentParser
import Foundation
import InfragateEngine

@main
struct Infragate: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "infragate",
        abstract: "A fast, git-native security gate for infrastructure code.",
        discussion: """
        Exit codes:
          0  passed: no finding at or above the policy's fail_on severity
          1  the policy failed the change
          2  usage error or invalid policy
          3  the gate could not decide (unreadable repository, missing object, …)
        """,
        version: version,
        subcommands: [Check.self, Scan.self, PreReceive.self, Rules.self, Explain.self, PolicyCommand.self]
    )

    /// Like ArgumentParser's `main`, but a usage error exits 2 (documented) instead of EX_USAGE (64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.usageOrPolicyError)
        }
    }
}

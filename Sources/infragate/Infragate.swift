import ArgumentParser
import CArguments
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
        subcommands: [Check.self, Scan.self, PreReceive.self, Rules.self, Explain.self, PolicyCommand.self, BaselineCommand.self]
    )

    /// Without a subcommand there is nothing to judge: a usage error, never a silent pass.
    func run() throws {
        throw ValidationError("a subcommand is required")
    }

    /// Like ArgumentParser's `main`, but a usage error exits 2 (documented) instead of EX_USAGE (64),
    /// and the arguments come from the loader, which works without /proc (chroot hook environments).
    /// Every command runs on a deep-stack thread: judging a few files happens on the calling thread,
    /// whose stack is `ulimit -s` (1 MiB in some hook environments), too small for nesting at the parsers' limits.
    static func main() {
        DeepStack.run {
            do {
                var command = try parseAsRoot(processArguments())
                try command.run()
            } catch {
                let code = exitCode(for: error)
                guard code == .validationFailure else { exit(withError: error) }
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usageOrPolicyError)
            }
        }
    }
}

/// The arguments after the program name, as the loader passed them.
private func processArguments() -> [String] {
    let count = Int(infragate_argument_count())
    guard count > 0, let values = infragate_argument_values() else { return Array(CommandLine.arguments.dropFirst()) }
    return (1..<count).compactMap { values[$0].map { String(cString: $0) } }
}

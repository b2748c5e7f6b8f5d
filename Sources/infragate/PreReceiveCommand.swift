import ArgumentParser
import Foundation
import InfragateEngine
import InfragateReporters

struct PreReceive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pre-receive",
        abstract: "Judge a push inside git's pre-receive hook (reads `<old> <new> <ref>` lines on standard input).",
        discussion: """
        The policy comes from --policy, INFRAGATE_POLICY, git config infragate.policy, else .infragate.yml on the
        default branch as it stands before the push — never from the pushed commits. Exit 0 accepts the push;
        any other code rejects all of its refs (1 findings or branch protection, 2 policy error, 3 undecidable or time-out).
        """
    )

    @Option(help: "The repository; default: GIT_DIR (set by git for hooks).")
    var repo: String?

    @Option(help: "A trusted, server-side policy file.")
    var policy: String?

    @Option(help: "Seconds before the decision follows the policy's on_timeout (default: the policy's deadline, 4).")
    var deadline: Double?

    @Option(help: "Output conventions: git, gitlab, github, gitea (default: detected from the environment).")
    var platform: Platform?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let push = PushEnvironment.from(environment, platform: platform)
        let policyFile = policy ?? environment["INFRAGATE_POLICY"].flatMap { $0.isEmpty ? nil : $0 }
        let prefix = push.platform == .gitlab ? "GL-HOOK-ERR: " : ""

        let loaded: LoadedPolicy
        let updates: [RefUpdate]
        do {
            updates = try RefUpdate.parse(input)
            loaded = try PreReceiveGate.trustedPolicy(repositoryPath: repo, policyFile: policyFile)
        } catch let error as GateError {
            fail("\(prefix)infragate: push rejected: \(error)", code: error.exitCode)
        }
        let seconds = deadline ?? Double(loaded.policy.push.deadline.components.seconds)
            + Double(loaded.policy.push.deadline.components.attoseconds) / 1e18
        let repositoryPath = repo
        let outcome = Deadline.run(seconds: seconds) {
            try PreReceiveGate.judge(updates, repositoryPath: repositoryPath, policy: loaded, environment: push)
        }
        switch outcome {
        case nil:
            let accept = loaded.policy.push.onTimeout == .accept
            let verdict = accept ? "accepted (on_timeout: accept)" : "rejected (on_timeout: reject)"
            let message = "\(prefix)infragate: could not finish within the \(seconds)s deadline; push \(verdict)"
            FileHandle.standardError.write(Data((message + "\n").utf8))
            // _exit: the abandoned worker may still be inside libgit2; skip atexit teardown under it.
            _exit(accept ? ExitStatus.passed : ExitStatus.undecidable)
        case .failure(let error as GateError)?:
            fail("\(prefix)infragate: push rejected: \(error)", code: error.exitCode)
        case .failure(let error)?:
            fail("\(prefix)infragate: push rejected: \(error)", code: ExitStatus.undecidable)
        case .success(let verdict)?:
            FileHandle.standardError.write(Data(PushReport.render(verdict).utf8))
            throw ExitCode(verdict.accepted ? ExitStatus.passed : ExitStatus.policyFailed)
        }
    }

    private func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(code)
    }
}

extension Platform: ExpressibleByArgument {}

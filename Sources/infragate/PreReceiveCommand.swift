import ArgumentParser
import Foundation
import InfragateEngine
import InfragateReporters

struct PreReceive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pre-receive",
        abstract: "Judge a push inside git's pre-receive hook (reads `<old> <new> <ref>` lines on standard input).",
        discussion: """
        The policy comes from --policy, git config infragate.policy, INFRAGATE_POLICY, else .infragate.yml on the
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

    @Option(help: "What the pusher reads: text, or json (the whole verdict, with verdict-cache hits per ref).")
    var format: PushOutputFormat = .text

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let detected = platform ?? Platform.detect(in: environment)
        let prefix = detected == .gitlab ? "GL-HOOK-ERR: " : ""

        let loaded: LoadedPolicy
        let updates: [RefUpdate]
        let auditLog: AuditLog
        do {
            updates = try RefUpdate.parse(input)
            loaded = try PreReceiveGate.trustedPolicy(repositoryPath: repo, policyFile: policy,
                                                      environmentPolicyFile: environment["INFRAGATE_POLICY"])
            auditLog = try PreReceiveGate.auditLog(repositoryPath: repo, policy: loaded.policy)
        } catch let error as GateError {
            fail("\(prefix)infragate: push rejected: \(error)", code: error.exitCode)
        }
        let push = PushEnvironment.from(environment, platform: detected, identityVariable: loaded.policy.push.bypass.identityVariable)
        let seconds = deadline ?? Double(loaded.policy.push.deadline.components.seconds)
            + Double(loaded.policy.push.deadline.components.attoseconds) / 1e18
        let repositoryPath = repo
        let progress = JudgingProgress(refs: updates.map(\.refName))
        let outcome = Deadline.run(seconds: seconds) {
            try PreReceiveGate.judge(updates, repositoryPath: repositoryPath, policy: loaded, environment: push, progress: progress)
        }
        switch outcome {
        case nil:
            timedOut(after: seconds, policy: loaded.policy, updates: updates, unjudged: progress.unjudged, push: push, log: auditLog, prefix: prefix)
        case .failure(let error as GateError)?:
            fail("\(prefix)infragate: push rejected: \(error)", code: error.exitCode)
        case .failure(let error)?:
            fail("\(prefix)infragate: push rejected: \(error)", code: ExitStatus.undecidable)
        case .success(let verdict)?:
            switch format {
            case .text: FileHandle.standardError.write(Data(PushReport.render(verdict).utf8))
            case .json: FileHandle.standardOutput.write(Data(PushJSON(verdict).render().utf8))
            }
            throw ExitCode(verdict.accepted ? ExitStatus.passed : ExitStatus.policyFailed)
        }
    }

    /// The deadline passed: reject, or accept as `on_timeout: accept` says, naming what nobody judged
    /// and recording it in the audit log (an acceptance that cannot be recorded becomes a rejection).
    private func timedOut(after seconds: Double, policy: Policy, updates: [RefUpdate], unjudged: [String], push: PushEnvironment,
                          log: AuditLog, prefix: String) -> Never {
        var accept = policy.push.onTimeout == .accept
        var problem: String?
        if accept {
            do {
                try log.append(AuditLog.Entry(time: Date(), event: "timeout-accept", user: push.pusher ?? "unidentified",
                                              platform: push.platform, updates: updates, reason: "on_timeout: accept",
                                              findings: [], unjudged: unjudged))
            } catch {
                accept = false
                problem = "on_timeout is accept, but \(error)"
            }
        }
        let report = PushReport.renderTimeout(seconds: seconds, accepted: accept, auditLog: log.path, unjudged: unjudged,
                                              problem: problem, platform: push.platform)
        FileHandle.standardError.write(Data(report.utf8))
        // _exit: the abandoned worker may still be inside libgit2; skip atexit teardown under it.
        _exit(accept ? ExitStatus.passed : ExitStatus.undecidable)
    }

    private func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(code)
    }
}

extension Platform: ExpressibleByArgument {}

enum PushOutputFormat: String, ExpressibleByArgument {
    case text, json
}

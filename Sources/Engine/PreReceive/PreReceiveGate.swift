import Foundation
import InfragateGit
import InfragateRules

/// The server-side gate: judges every ref of a push, inside git's quarantine, under a trusted policy.
public enum PreReceiveGate {
    /// The trusted policy, loaded before the deadline starts so its `deadline` and `on_timeout` apply.
    public static func trustedPolicy(repositoryPath: String?, policyFile: String?) throws -> LoadedPolicy {
        try trustedPolicy(repository: Gate.openRepository(repositoryPath), policyFile: policyFile)
    }

    public static func judge(
        _ updates: [RefUpdate], repositoryPath: String?, policy loaded: LoadedPolicy, environment: PushEnvironment, today: Date = Date()
    ) throws -> PushVerdict {
        let repository = try Gate.openRepository(repositoryPath)
        let policy = loaded.policy
        // Commits already reachable from a ref are not new, whichever branch the push names.
        let existingTips = try Gate.undecidable { try repository.referenceTargets().map(\.id) }
        var notices: [String] = []
        var verdicts: [RefVerdict] = []
        for update in updates {
            verdicts.append(try judge(update, in: repository, policy: loaded, existingTips: existingTips, today: today, notices: &notices))
        }

        var bypass: BypassAudit?
        if let reason = environment.bypassReason, !verdicts.allSatisfy(\.passed) {
            if !policy.push.bypass.isEnabled {
                notices.append("bypass requested by \(environment.pusher) refused: the policy does not enable bypass")
            } else if !policy.push.bypass.permits(user: environment.pusher) {
                notices.append("bypass requested by \(environment.pusher) refused: not on the policy's bypass allow-list")
            } else if reason.trimmingCharacters(in: .whitespaces).isEmpty {
                notices.append("bypass requested by \(environment.pusher) refused: a reason is required (-o infragate.bypass=\"why\")")
            } else {
                bypass = BypassAudit(pusher: environment.pusher, reason: reason)
            }
        }
        if bypass == nil, policy.push.bypass.isEnabled, !environment.pushOptionsAdvertised, !verdicts.allSatisfy(\.passed) {
            notices.append("push options are not enabled on this server, so `git push -o infragate.bypass=…` cannot reach the hook; an administrator can set receive.advertisePushOptions=true")
        }
        return PushVerdict(refs: verdicts, policySource: loaded.source, platform: environment.platform, bypass: bypass, notices: notices)
    }

    /// `--policy`/`INFRAGATE_POLICY` (resolved by the caller), git config `infragate.policy`, else
    /// `.infragate.yml` on the default branch as it stands before the push. Never the pushed commits.
    static func trustedPolicy(repository: GitRepository, policyFile: String?) throws -> LoadedPolicy {
        if let policyFile { return try PolicyLoader.load(file: policyFile) }
        if let configured = try? repository.configString("infragate.policy"), !configured.isEmpty {
            return try PolicyLoader.load(file: configured)
        }
        guard let defaultBranch = try Gate.undecidable({ try repository.defaultBranchCommit() }) else {
            return LoadedPolicy(policy: .defaults, source: "built-in defaults (empty repository)")
        }
        return try PolicyLoader.load(from: repository, at: defaultBranch)
    }

    private static func judge(
        _ update: RefUpdate, in repository: GitRepository, policy loaded: LoadedPolicy, existingTips: [ObjectID],
        today: Date, notices: inout [String]
    ) throws -> RefVerdict {
        let policy = loaded.policy
        let isProtected = policy.isProtected(ref: update.refName)
        var denials: [String] = []
        if update.isDeletion {
            if isProtected && policy.push.denyDeletion {
                denials.append("deleting protected ref \(update.shortName) is not allowed")
            }
            return RefVerdict(update: update, denials: denials, report: nil, commitsJudged: 0)
        }
        if policy.push.isExemptFromScanning(ref: update.refName) {
            return RefVerdict(update: update, denials: [], report: nil, commitsJudged: 0)
        }
        guard let newID = ObjectID(hex: update.newID) else {
            // RefUpdate accepts SHA-256 ids; libgit2 1.5 cannot read such repositories.
            throw GateError.undecidable("\(update.refName): object id \(update.newID.prefix(12))… is SHA-256, which libgit2 1.5 cannot read")
        }
        let head = try Gate.undecidable { try repository.resolveCommit(newID.hex) }
        if !update.isCreation, let oldID = ObjectID(hex: update.oldID), isProtected, policy.push.denyForcePush,
           !(try Gate.undecidable { try repository.isAncestor(oldID, of: head) }) {
            denials.append("force push (non-fast-forward) to protected ref \(update.shortName) is not allowed")
        }

        let newCommits = try Gate.undecidable { try repository.commits(reachableFrom: head, excludingReachableFrom: existingTips) }
        let mode = policy.push.scanDepth(forRef: update.refName)
        var judgement = Judgement()
        if existingTips.isEmpty {
            // First push to an empty repository: judge what lands (the tip's tree), not every historic commit.
            notices.append("\(update.shortName): first push to an empty repository; judged the tree at \(head.short)")
            try judgeTree(at: head, in: repository, policy: policy, today: today, into: &judgement)
        } else if mode == .eachCommit {
            for commit in newCommits {
                try judgeCommit(commit, in: repository, policy: policy, today: today, into: &judgement)
            }
        } else {
            try judgeTip(head, newCommits: newCommits, in: repository, policy: policy, today: today, into: &judgement)
        }
        judgement.findings = uniqueByFingerprint(judgement.findings)
        judgement.skipped = Array(Set(judgement.skipped)).sorted { ($0.path, $0.reason.rawValue) < ($1.path, $1.reason.rawValue) }
        let threshold = policy.threshold(forRef: update.refName)
        let scope = "\(update.shortName): \(newCommits.count) new commit(s), \(mode.rawValue)"
        let report = Gate.decide(judgement, policy: loaded, scope: scope, failOn: threshold)
        return RefVerdict(update: update, denials: denials, report: report, commitsJudged: newCommits.count)
    }

    /// The files one commit introduces (against its first parent; for a merge, only what differs from every parent).
    private static func judgeCommit(_ commit: ObjectID, in repository: GitRepository, policy: Policy, today: Date, into judgement: inout Judgement) throws {
        let parents = try Gate.undecidable { try repository.parents(of: commit) }
        var changes = try Gate.undecidable { try repository.changes(from: parents.first, to: commit) }
        for parent in parents.dropFirst() {
            let fromOther = Set(try Gate.undecidable { try repository.changes(from: parent, to: commit) }.map(\.path))
            changes = changes.filter { fromOther.contains($0.path) }
        }
        let snapshot = GitSnapshot(repository: repository, commit: commit, sizeLimit: policy.maxFileSize)
        let judge = FileJudge(policy: policy, snapshot: snapshot, today: today, commit: commit.hex)
        for change in changes {
            try Gate.undecidable { try judge.judge(Gate.candidate(for: change, in: repository), into: &judgement) }
        }
    }

    /// Every path any new commit touched, as it stands at the tip.
    private static func judgeTip(_ head: ObjectID, newCommits: [ObjectID], in repository: GitRepository, policy: Policy, today: Date, into judgement: inout Judgement) throws {
        var paths = Set<String>()
        for commit in newCommits {
            let parents = try Gate.undecidable { try repository.parents(of: commit) }
            paths.formUnion(try Gate.undecidable { try repository.changes(from: parents.first, to: commit) }.map(\.path))
        }
        let snapshot = GitSnapshot(repository: repository, commit: head, sizeLimit: policy.maxFileSize)
        let judge = FileJudge(policy: policy, snapshot: snapshot, today: today)
        for path in paths.sorted() {
            guard let entry = try Gate.undecidable({ try repository.entry(at: path, in: head) }) else { continue }
            try Gate.undecidable { try judge.judge(Gate.candidate(for: entry, in: repository), into: &judgement) }
        }
    }

    private static func judgeTree(at head: ObjectID, in repository: GitRepository, policy: Policy, today: Date, into judgement: inout Judgement) throws {
        let snapshot = GitSnapshot(repository: repository, commit: head, sizeLimit: policy.maxFileSize)
        let judge = FileJudge(policy: policy, snapshot: snapshot, today: today)
        for entry in try Gate.undecidable({ try repository.files(at: head) }) {
            try Gate.undecidable { try judge.judge(Gate.candidate(for: entry, in: repository), into: &judgement) }
        }
    }

    /// A finding carried unchanged through several commits is reported once, at the commit that introduced it.
    private static func uniqueByFingerprint(_ findings: [Finding]) -> [Finding] {
        var seen = Set<String>()
        return findings.filter { seen.insert($0.fingerprint).inserted }
    }
}

import Foundation
import InfragateGit
import InfragateRules

/// The server-side gate: judges every ref of a push, inside git's quarantine, under a trusted policy.
///
/// The invariant: no commit becomes reachable from a protected ref without having been judged under
/// that ref's policy. An update of a protected ref is judged on `new ^old` (a creation on what no
/// protected ref holds yet), never "minus every ref", so a commit pushed first to an unprotected
/// branch or a tag is judged again when it reaches a protected one; the verdict cache keeps that
/// affordable. Ref names are resolved through the server's symbolic refs before protection applies.
public enum PreReceiveGate {
    /// The trusted policy, loaded before the deadline starts so its `deadline` and `on_timeout` apply:
    /// `--policy`, then git config `infragate.policy` (both set on the server), then `INFRAGATE_POLICY`,
    /// else `.infragate.yml` on the default branch as it stands before the push. Never the pushed commits.
    public static func trustedPolicy(repositoryPath: String?, policyFile: String?, environmentPolicyFile: String? = nil) throws -> LoadedPolicy {
        let repository = try Gate.openRepository(repositoryPath)
        if let policyFile { return try PolicyLoader.load(file: policyFile) }
        let configured = try Gate.undecidable { try repository.configString("infragate.policy") }
        if let configured, !configured.isEmpty { return try PolicyLoader.load(file: configured) }
        if let environmentPolicyFile, !environmentPolicyFile.isEmpty { return try PolicyLoader.load(file: environmentPolicyFile) }
        guard let defaultBranch = try Gate.undecidable({ try repository.defaultBranchCommit() }) else {
            return LoadedPolicy(policy: .defaults, source: "built-in defaults (empty repository)", origin: .builtIn)
        }
        return try Gate.undecidable { try PolicyLoader.load(from: repository, at: defaultBranch) }
    }

    /// Where bypasses and time-outs accepted under `on_timeout: accept` are recorded.
    public static func auditLog(repositoryPath: String?, policy: Policy) throws -> AuditLog {
        let repository = try Gate.openRepository(repositoryPath)
        return AuditLog(configuredPath: policy.push.bypass.auditLog, gitDirectory: repository.gitDirectory)
    }

    public static func judge(
        _ updates: [RefUpdate], repositoryPath: String?, policy loaded: LoadedPolicy, environment: PushEnvironment,
        today: Date = Date(), progress: JudgingProgress? = nil
    ) throws -> PushVerdict {
        let progress = progress ?? JudgingProgress(refs: updates.map(\.refName))
        let repository = try Gate.openRepository(repositoryPath)
        let server = try Gate.undecidable { try ServerRefs(repository) }
        var policy = loaded.policy
        var notices: [String] = []
        // A misspelt pattern protects nothing: say so, since the refs it meant are pushed unprotected.
        let names = server.tips.map(\.name) + updates.map(\.refName)
        for glob in policy.push.protectedRefs where !names.contains(where: glob.matches(ref:)) {
            notices.append("protected.refs pattern `\(glob.pattern)` matches no ref of this repository or push; is it spelt as the branch is?")
        }
        policy.push = policy.push.protectingDefaultBranch(named: server.defaultBranchNames)
        // Protected refs may honour other inline suppressions than the rest: one judge (and one
        // cache, keyed by the setting, so a verdict reached with suppressions honoured is never
        // reused where they are not) per setting.
        var judges: [InlineSuppressionScope: RefJudge] = [:]
        for isProtected in [false, true] {
            var scoped = policy
            scoped.inlineSuppressions = policy.inlineSuppressions(onProtectedRef: isProtected)
            guard judges[scoped.inlineSuppressions] == nil else { continue }
            var cacheNotice: String?
            let cache = VerdictCache.open(gitDirectory: repository.gitDirectory, policyDigest: loaded.digest,
                                          judgingOptions: "inline_suppressions=\(scoped.inlineSuppressions.description)", notice: &cacheNotice)
            if let cacheNotice, !notices.contains(cacheNotice) { notices.append(cacheNotice) }
            judges[scoped.inlineSuppressions] = RefJudge(repository: repository, policy: scoped, loaded: loaded, server: server, cache: cache,
                                                         today: today, progress: progress)
        }
        var verdicts: [RefVerdict] = []
        for update in updates {
            progress.started(ref: update.refName)
            let isProtected = try RefJudge.protection(of: update, policy: policy, in: repository).isProtected
            let judge = judges[policy.inlineSuppressions(onProtectedRef: isProtected)]!
            verdicts.append(try judge.verdict(for: update, notices: &notices))
        }
        let bypass = try honouredBypass(of: verdicts, policy: policy.push, environment: environment, repository: repository, notices: &notices)
        return PushVerdict(refs: verdicts, policySource: loaded.source, platform: environment.platform, bypass: bypass,
                           bypassLiftsProtection: policy.push.bypass.liftsProtection, notices: notices)
    }

    /// A bypass lifts findings only (and denials too with `bypass.protection: true`), for an allowed
    /// pusher whose identity the server vouches for, with a reason, once it is in the audit log.
    private static func honouredBypass(
        of verdicts: [RefVerdict], policy: PushPolicy, environment: PushEnvironment, repository: GitRepository, notices: inout [String]
    ) throws -> BypassAudit? {
        // The reason is the pusher's text: whatever secret it holds must reach neither the log nor the output.
        guard let reason = environment.bypassReason.map(SecretRedactor.redact), !verdicts.allSatisfy(\.passed) else {
            if policy.bypass.isEnabled, !environment.pushOptionsAdvertised, !verdicts.allSatisfy(\.passed) {
                notices.append("push options are not enabled on this server, so `git push -o infragate.bypass=…` cannot reach the hook; an administrator can set receive.advertisePushOptions=true")
            }
            return nil
        }
        let who = environment.pusher ?? "an unidentified pusher"
        func refuse(_ why: String) -> BypassAudit? {
            notices.append("bypass requested by \(who) refused: \(why)")
            return nil
        }
        guard policy.bypass.isEnabled else { return refuse("the policy does not enable bypass") }
        guard let pusher = environment.pusher else {
            return refuse("this server (\(environment.platform.rawValue)) names no authenticated pusher; set `bypass: { identity: env:NAME }` in the server's policy to the variable your server sets to the user")
        }
        guard policy.bypass.permits(user: pusher) else { return refuse("not on the policy's bypass allow-list") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            return refuse("a reason is required (-o infragate.bypass=\"why\")")
        }
        if !policy.bypass.liftsProtection, verdicts.contains(where: { !$0.denials.isEmpty }) {
            return refuse("a bypass lifts findings only; force-push and deletion denials stand unless the policy sets `bypass: { protection: true }`")
        }
        let log = AuditLog(configuredPath: policy.bypass.auditLog, gitDirectory: repository.gitDirectory)
        let findings = verdicts.flatMap { verdict in
            (verdict.report?.findings ?? []).filter { $0.level == .failure }.map { "\($0.finding.ruleID) \($0.finding.path):\($0.finding.line)" }
        }
        do {
            try log.append(AuditLog.Entry(time: Date(), event: "bypass", user: pusher, platform: environment.platform,
                                          updates: verdicts.map(\.update), reason: reason,
                                          findings: findings + verdicts.flatMap(\.denials)))
        } catch {
            return refuse("\(error); a bypass that cannot be recorded is not honoured")
        }
        return BypassAudit(pusher: pusher, reason: reason, auditLog: log.path)
    }
}

/// The server's refs before the push: their tips, and the names the default branch goes by.
struct ServerRefs {
    let tips: [(name: String, id: ObjectID)]
    /// HEAD's branch (even when unborn), `init.defaultBranch`, `main` and `master`, in full.
    let defaultBranchNames: [String]
    /// The branch the repository's own policy is read from: HEAD's.
    let policyBranch: String?

    init(_ repository: GitRepository) throws {
        tips = try repository.referenceTargets()
        policyBranch = try repository.headBranchName()
        let configured = try repository.configString("init.defaultBranch").map { "refs/heads/" + $0 }
        defaultBranchNames = [policyBranch, configured, "refs/heads/main", "refs/heads/master"].compactMap { $0 }
    }

    /// The default-branch names that are HEAD's or exist: a policy that names `main` alone does not
    /// unprotect a `master` the repository never had.
    var existingDefaultBranchNames: [String] {
        defaultBranchNames.filter { name in name == policyBranch || tips.contains { $0.name == name } }
    }
}

/// Judges one ref update: branch protection, then the commits it makes reachable.
private struct RefJudge {
    let repository: GitRepository
    let policy: Policy
    let loaded: LoadedPolicy
    let server: ServerRefs
    let cache: VerdictCache?
    let today: Date
    let progress: JudgingProgress

    /// The ref an update is judged as, what it resolves to, and whether it is protected.
    static func protection(of update: RefUpdate, policy: Policy, in repository: GitRepository) throws -> (ref: String, target: String, isProtected: Bool) {
        let target = try Gate.undecidable { try repository.resolvedReferenceName(update.refName) }
        // Judged as protected when either the pushed name or what it stands for is protected.
        let ref = policy.isProtected(ref: update.refName) ? update.refName : target
        return (ref, target, policy.isProtected(ref: ref))
    }

    func verdict(for update: RefUpdate, notices: inout [String]) throws -> RefVerdict {
        let (ref, target, isProtected) = try Self.protection(of: update, policy: policy, in: repository)
        if target != update.refName {
            notices.append("\(update.shortName) is a symbolic ref to \(target); judged as \(ref)")
        }
        func verdict(denials: [String], report: GateReport? = nil, newCommits: Int = 0, cached: Int = 0) -> RefVerdict {
            RefVerdict(update: update, target: target, isProtected: isProtected, denials: denials, report: report,
                       newCommits: newCommits, commitsFromCache: cached)
        }
        if update.isDeletion {
            let denied = isProtected && policy.push.denyDeletion
            return verdict(denials: denied ? ["deleting protected ref \(update.shortName) is not allowed"] : [])
        }
        // A replace ref makes git show another object wherever the replaced one is named, for every
        // reader that fetches refs/replace/*: content the gate judged could be swapped after the fact.
        // The gate reads the real objects (libgit2 does not honour replace refs); removing one is fine.
        if update.refName.hasPrefix("refs/replace/") || target.hasPrefix("refs/replace/") {
            return verdict(denials: ["\(update.refName) would make git show another object in place of \(update.refName.dropFirst("refs/replace/".count).prefix(12)); replace refs can be deleted, not pushed"])
        }
        guard let newID = ObjectID(hex: update.newID) else {
            // RefUpdate accepts SHA-256 ids; libgit2 1.5 cannot read such repositories.
            throw GateError.undecidable("\(update.refName): object id \(update.newID.prefix(12))… is SHA-256, which libgit2 1.5 cannot read")
        }
        let kind = try Gate.undecidable { try repository.peeledObjectKind(newID) }
        guard kind == "commit" else {
            // A tag of a tree or blob brings content no commit introduces; judging is per commit, so it is refused.
            return verdict(denials: ["\(update.shortName) points at a \(kind ?? "missing object") (\(newID.short)), not a commit; the gate judges commits, so refs to trees and blobs are refused"])
        }
        let head = try Gate.undecidable { try repository.resolveCommit(newID.hex) }
        let oldID = update.isCreation ? nil : ObjectID(hex: update.oldID)
        var denials: [String] = []
        if let oldID, isProtected, policy.push.denyForcePush, !(try Gate.undecidable { try repository.isAncestor(oldID, of: head) }) {
            denials.append("force push (non-fast-forward) to protected ref \(update.shortName) is not allowed")
        }
        if policy.push.isExemptFromScanning(ref: ref) {
            return verdict(denials: denials)
        }

        let hidden: [ObjectID]
        if isProtected {
            hidden = oldID.map { [$0] } ?? server.tips.filter { policy.isProtected(ref: $0.name) }.map(\.id)
        } else {
            // Unprotected refs promise nothing beyond their own commits: what any ref holds is not new.
            hidden = server.tips.map(\.id) + (oldID.map { [$0] } ?? [])
        }
        let newCommits = try Gate.undecidable { try repository.commits(reachableFrom: head, excludingReachableFrom: hidden) }
        let mode = policy.push.scanDepth(forRef: ref)
        var judgement = Judgement()
        var existing = Set<String>()
        var cached = 0
        let label = update.shortName
        if mode == .eachCommit {
            var seen = Set<String>()
            for commit in newCommits {
                if let worst = cache?.worstSeverity(of: commit, today: CalendarDay(containing: today)),
                   (worst.map { $0 < policy.threshold(forRef: ref) } ?? true) {
                    cached += 1
                    continue
                }
                let judged = try judgeCommit(commit, label: label)
                for finding in judged.judgement.findings where seen.insert(finding.fingerprint).inserted {
                    if judged.existing.contains(finding.fingerprint) { existing.insert(finding.fingerprint) }
                }
                judgement.absorb(judged.judgement)
                let counted = judged.judgement.findings.filter { !judged.existing.contains($0.fingerprint) }
                cache?.record(commit, worstSeverity: counted.map(\.severity).max(), validUntil: waiverHorizon)
            }
        } else {
            existing = try judgeTip(head, old: oldID, newCommits: newCommits, label: label, into: &judgement)
        }
        // Every move counts, a rewind too: moving the branch back to an older, laxer policy relaxes it.
        if isPolicyBranch(target) || isPolicyBranch(update.refName) {
            let change = PolicyChange(trusted: loaded, defaultBranchNames: server.existingDefaultBranchNames, refNames: server.tips.map(\.name))
            let findings = try Gate.undecidable { try change.findings(at: head, in: repository) }
            snapshotJudge(at: head).apply(policyTo: findings, text: nil, kind: nil, path: PolicyLoader.fileName, into: &judgement)
        }
        judgement.findings = uniqueByFingerprint(judgement.findings)
        judgement.skipped = Array(Set(judgement.skipped)).sorted { ($0.path, $0.reason.rawValue) < ($1.path, $1.reason.rawValue) }
        let fromCache = cached > 0 ? ", \(cached) already judged (verdict cache)" : ""
        let scope = "\(update.shortName): \(newCommits.count) new commit(s)\(fromCache), \(mode.rawValue)"
        let report = Gate.decide(judgement, policy: loaded, scope: scope, failOn: policy.threshold(forRef: ref), existing: existing)
        return verdict(denials: denials, report: report, newCommits: newCommits.count, cached: cached)
    }

    /// The files one commit introduces against its first parent, and which of their findings were
    /// already there in the first parent. A merge introduces what no parent had: its own edits (an
    /// "evil merge"), and what only the combination of its sides gives (a security group from one side,
    /// the tfvars opening it from the other). A finding another parent has came in, and was judged, on
    /// that side only when that side added it after it left the first parent's history: what it merely
    /// kept from before (a file the first parent has fixed since, an ancestor merged back) is new here.
    private func judgeCommit(_ commit: ObjectID, label: String) throws -> (judgement: Judgement, existing: Set<String>) {
        let parents = try Gate.undecidable { try repository.parents(of: commit) }
        let tree = try Gate.undecidable { try repository.rootTree(of: commit) }
        if let first = parents.first {
            for parent in parents.dropFirst() where try Gate.undecidable({
                try repository.rootTree(of: parent) == tree && repository.isAncestor(first, of: parent)
            }) {
                // `merge --no-ff` of a branch that contains the first parent: its tree, judged commit by commit there.
                return (Judgement(), [])
            }
        }
        let changes = try Gate.undecidable { try repository.changes(from: parents.first, to: commit) }
        let labels = changes.map { "\(label): \($0.path) [commit \(commit.short)]" }
        progress.planned(labels)
        var judgement = Judgement()
        let judge = FileJudge(policy: policy, snapshot: GitSnapshot(repository: repository, commit: commit, sizeLimit: policy.maxFileSize),
                              today: today, commit: commit.hex)
        for (change, label) in zip(changes, labels) {
            try Gate.undecidable { try judge.judge(Gate.candidate(for: change, in: repository), into: &judgement) }
            progress.judged(label)
        }
        // A changed tfvars or variable default can open a finding in a Terraform file the commit did not touch.
        judgement.absorb(try Gate.undecidable {
            try ChangeInfluence.findings(changes: changes, base: parents.first, head: commit, in: repository, judge: judge, policy: policy, today: today)
        })
        if parents.count > 1, !judgement.findings.isEmpty {
            // Judged again where each other parent has these files (and the files findings point at).
            let paths = Set(changes.map(\.path)).union(judgement.findings.map(\.path)).sorted()
            var carried = Set<String>()
            for parent in parents.dropFirst() {
                carried.formUnion(try Gate.undecidable {
                    let onSide = try Gate.fingerprints(of: paths, at: parent, in: repository, policy: policy, today: today)
                    guard let base = try repository.mergeBase(parents[0], parent) else { return onSide }
                    return onSide.subtracting(try Gate.fingerprints(of: paths, at: base, in: repository, policy: policy, today: today))
                })
            }
            judgement.findings.removeAll { carried.contains($0.fingerprint) }
        }
        var existing = Set<String>()
        if policy.existingFindings == .warn, let parent = parents.first, !judgement.findings.isEmpty {
            existing = try Gate.undecidable {
                try Gate.fingerprints(before: changes, at: parent, in: repository, policy: policy, today: today)
            }
        }
        return (judgement, existing)
    }

    /// Every path any new commit touched, as it stands at the tip; returns the fingerprints already
    /// reported at the old tip when `existing_findings: warn`.
    private func judgeTip(_ head: ObjectID, old: ObjectID?, newCommits: [ObjectID], label: String, into judgement: inout Judgement) throws -> Set<String> {
        var paths = Set<String>()
        var history: [(commit: ObjectID, changes: [ChangedEntry])] = []
        for commit in newCommits {
            let parents = try Gate.undecidable { try repository.parents(of: commit) }
            let changes = try Gate.undecidable { try repository.changes(from: parents.first, to: commit) }
            paths.formUnion(changes.map(\.path))
            history.append((commit, changes))
        }
        let ordered = paths.sorted()
        progress.planned(ordered.map { "\(label): \($0)" })
        let judge = snapshotJudge(at: head)
        var entries: [TreeEntry] = []
        for path in ordered {
            if let entry = try Gate.undecidable({ try repository.entry(at: path, in: head) }) {
                entries.append(entry)
                try Gate.undecidable { try judge.judge(Gate.candidate(for: entry, in: repository), into: &judgement) }
            }
            progress.judged("\(label): \(path)")
        }
        // A secret added in one commit and removed by a later one is still in history: every version
        // of a file the push adds is scanned for secrets, each once, not only the tip's.
        var scannedBlobs = Set(entries.map(\.blob))
        for (commit, changes) in history {
            let versions = changes.filter { $0.mode != .submodule && scannedBlobs.insert($0.blob).inserted }
            guard !versions.isEmpty else { continue }
            let judge = FileJudge(policy: policy, snapshot: GitSnapshot(repository: repository, commit: commit, sizeLimit: policy.maxFileSize),
                                  today: today, commit: commit.hex)
            for version in versions {
                try Gate.undecidable { try judge.scanSecrets(Gate.candidate(for: version, in: repository), into: &judgement) }
            }
        }
        let changes = entries.map { ChangedEntry(path: $0.path, status: .modified, mode: $0.mode, blob: $0.blob) }
        judgement.absorb(try Gate.undecidable {
            // A new ref's files stood before its oldest new commit as they did in that commit's parent.
            let base = try old ?? newCommits.first.flatMap { try repository.parents(of: $0).first }
            return try ChangeInfluence.findings(changes: changes, base: base, head: head, in: repository, judge: judge, policy: policy, today: today)
        })
        guard policy.existingFindings == .warn, let old, !judgement.findings.isEmpty else { return [] }
        return try Gate.undecidable { try Gate.fingerprints(before: changes, at: old, in: repository, policy: policy, today: today) }
    }

    private func snapshotJudge(at commit: ObjectID) -> FileJudge {
        FileJudge(policy: policy, snapshot: GitSnapshot(repository: repository, commit: commit, sizeLimit: policy.maxFileSize), today: today)
    }

    /// Whether the repository's own policy is read from this branch (HEAD's, or any default-branch name while HEAD is unborn).
    private func isPolicyBranch(_ ref: String) -> Bool {
        server.policyBranch.map { $0 == ref } ?? server.defaultBranchNames.contains(ref)
    }

    /// The last day on which every waiver active today still is: a cached verdict that leaned on a
    /// waiver must not outlive it.
    private var waiverHorizon: CalendarDay? {
        let day = CalendarDay(containing: today)
        return policy.waivers.compactMap(\.expires).filter { $0 >= day }.min()
    }

    /// A finding carried unchanged through several commits is reported once, at the commit that introduced it.
    private func uniqueByFingerprint(_ findings: [Finding]) -> [Finding] {
        var seen = Set<String>()
        return findings.filter { seen.insert($0.fingerprint).inserted }
    }
}

extension Judgement {
    mutating func absorb(_ other: Judgement) {
        findings += other.findings
        suppressed += other.suppressed
        skipped += other.skipped
        scanned += other.scanned
        notices += other.notices
    }
}

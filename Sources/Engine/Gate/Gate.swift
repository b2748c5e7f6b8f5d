import Foundation
import InfragateGit
import InfragateRules

/// The gate's entry points: judge a change, a revision, or files on disk, and decide.
public enum Gate {
    /// What a pull-request check does: the files changed from merge-base(base, head) to head.
    public static func check(
        repositoryPath: String?, base: String, head: String, policyFile: String?, selection: FindingSelection = FindingSelection(),
        today: Date = Date()
    ) throws -> GateReport {
        let repository = try openRepository(repositoryPath)
        let baseID = try resolve(base, in: repository)
        let headID = try resolve(head, in: repository)
        let mergeBase = try undecidable { try repository.mergeBase(baseID, headID) }
        let loaded = try (policyFile.map(PolicyLoader.load(file:)) ?? PolicyLoader.load(from: repository, at: baseID)).running(selection)
        let unrelated = mergeBase == nil
            ? "\(base) and \(head) share no history (unrelated branches, or a shallow clone: fetch with depth 0); every file of \(head) was judged" : nil
        return try change(from: mergeBase, to: headID, in: repository, at: repositoryPath, policy: loaded, policyFromFile: policyFile != nil,
                          policyRevision: baseID.short, note: unrelated, today: today) { changes in
            "\(mergeBase.map { "merge-base \($0.short)" } ?? "empty tree")..\(headID.short) (\(changes) changed files)"
        }
    }

    /// What a pre-commit hook does: the index (what `git commit` would record) against HEAD, judged under
    /// `policyFile`, else HEAD's `.infragate.yml` (the staged one before the first commit, when there is
    /// nothing else). Unstaged edits in the work tree are not looked at; nothing is written to the repository.
    public static func checkStaged(
        repositoryPath: String?, policyFile: String?, selection: FindingSelection = FindingSelection(), today: Date = Date()
    ) throws -> GateReport {
        let repository = try openRepository(repositoryPath)
        let headID = try undecidable { try repository.defaultBranchCommit() }
        let staged = try undecidable { try repository.stagedTree() }
        let loaded = try (policyFile.map(PolicyLoader.load(file:)) ?? PolicyLoader.load(from: repository, at: headID ?? staged)).running(selection)
        return try change(from: headID, to: staged, in: repository, at: repositoryPath, policy: loaded, policyFromFile: policyFile != nil || headID == nil,
                          policyRevision: headID?.short ?? "", note: headID == nil ? "no commit yet: every staged file was judged" : nil,
                          today: today, openWorker: openStagedWorker(expecting: staged)) { changes in "staged changes against \(headID.map { "HEAD \($0.short)" } ?? "the empty tree") (\(changes) changed files)" }
    }

    /// A worker's own handle, with the staged objects built again in its own memory (they live in one handle only).
    private static func openStagedWorker(expecting staged: ObjectID) -> @Sendable (String?) throws -> GitRepository {
        { path in
            let own = try openRepository(path)
            // The same index gives the same tree id; another one means the index changed meanwhile.
            guard try undecidable({ try own.stagedTree() }) == staged else {
                throw GateError.undecidable("the index changed while it was being judged; run the check again")
            }
            return own
        }
    }

    /// Judges the change from `base` (a commit; nil: the empty tree) to `head` (a commit or a tree) under `loaded`,
    /// with the findings the change causes in untouched files and the policy's own relaxation.
    private static func change(
        from base: ObjectID?, to head: ObjectID, in repository: GitRepository, at repositoryPath: String?, policy loaded: LoadedPolicy,
        policyFromFile: Bool, policyRevision: String, note: String?, today: Date,
        openWorker: @escaping @Sendable (String?) throws -> GitRepository = openRepository, scope: (Int) -> String
    ) throws -> GateReport {
        let changes = try undecidable { try repository.changes(from: base, to: head) }
        let snapshot = GitSnapshot(repository: repository, commit: head, sizeLimit: loaded.policy.maxFileSize)
        let judge = FileJudge(policy: loaded.policy, snapshot: snapshot, today: today)
        var judgement = try judgement(of: changes, by: judge, in: repository, at: repositoryPath, revision: head,
                                      openWorker: openWorker, candidate: candidate(for:in:))
        let influenced = try undecidable {
            try ChangeInfluence.findings(changes: changes, base: base, head: head, in: repository, judge: judge,
                                         policy: loaded.policy, today: today)
        }
        judgement.findings += influenced.findings
        if let note { judgement.notices.append(note) }
        if !policyFromFile, changes.contains(where: { $0.path == PolicyLoader.fileName || $0.oldPath == PolicyLoader.fileName }) {
            judgement.notices.append("this change modifies \(PolicyLoader.fileName); it is judged by the policy at the base revision (\(policyRevision)), the new policy applies once merged")
            let refs = try undecidable { try repository.referenceTargets().map(\.name) }
            // The default branch as a clone knows it: its own branch or the remote's.
            let defaultBranches = ["main", "master"].filter { name in refs.contains { $0 == "refs/heads/" + name || $0.hasSuffix("/" + name) && $0.hasPrefix("refs/remotes/") } }
                .map { "refs/heads/" + $0 }
            let change = PolicyChange(trusted: loaded, defaultBranchNames: defaultBranches, refNames: defaultBranches)
            judge.apply(policyTo: try undecidable { try change.findings(at: head, in: repository) }, text: nil, kind: nil,
                        path: PolicyLoader.fileName, into: &judgement)
        }
        var existing = Set<String>()
        if loaded.policy.existingFindings == .warn, let base {
            existing = try undecidable { try fingerprints(before: changes, at: base, in: repository, policy: loaded.policy, today: today) }
        }
        return decide(judgement, policy: loaded, scope: scope(changes.count), existing: existing)
    }

    /// The fingerprints of what the changed files were already reported for at `earlier` (the merge
    /// base, a commit's parent, a ref's old tip), judged under their new paths so a finding carried
    /// through a rename is recognised.
    static func fingerprints(
        before changes: [ChangedEntry], at earlier: ObjectID, in repository: GitRepository, policy: Policy, today: Date
    ) throws -> Set<String> {
        let snapshot = GitSnapshot(repository: repository, commit: earlier, sizeLimit: policy.maxFileSize)
        let judge = FileJudge(policy: policy, snapshot: snapshot, today: today)
        var before = Judgement()
        for change in changes where change.status != .added {
            guard let entry = try repository.entry(at: change.oldPath ?? change.path, in: earlier) else { continue }
            try judge.judge(candidate(path: change.path, mode: entry.mode, blob: entry.blob, in: repository), into: &before)
        }
        return Set(before.findings.map(\.fingerprint))
    }

    /// The fingerprints of the findings `paths` have at `revision` (those it holds), each judged as it stands there.
    static func fingerprints(
        of paths: [String], at revision: ObjectID, in repository: GitRepository, policy: Policy, today: Date
    ) throws -> Set<String> {
        let judge = FileJudge(policy: policy, snapshot: GitSnapshot(repository: repository, commit: revision, sizeLimit: policy.maxFileSize),
                              today: today)
        var judgement = Judgement()
        for path in paths {
            guard let entry = try repository.entry(at: path, in: revision) else { continue }
            try judge.judge(candidate(for: entry, in: repository), into: &judgement)
        }
        return Set(judgement.findings.map(\.fingerprint))
    }

    /// The whole tree at a revision (optionally only paths under the given prefixes), judged under
    /// `policyFile`, else `.infragate.yml` at `policyRevision` (default: the revision itself).
    public static func scan(
        repositoryPath: String?, revision: String, pathPrefixes: [String], policyFile: String?, policyRevision: String? = nil,
        selection: FindingSelection = FindingSelection(), today: Date = Date()
    ) throws -> GateReport {
        let repository = try openRepository(repositoryPath)
        let commit = try resolve(revision, in: repository)
        let policyCommit = try policyRevision.map { try resolve($0, in: repository) } ?? commit
        let loaded = try (policyFile.map(PolicyLoader.load(file:)) ?? PolicyLoader.load(from: repository, at: policyCommit)).running(selection)
        let entries = try undecidable { try repository.files(at: commit) }.filter { entry in
            pathPrefixes.isEmpty || pathPrefixes.contains { entry.path == $0 || entry.path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
        }
        return try scan(entries, of: commit, in: repository, at: repositoryPath, policy: loaded, today: today,
                        scope: "tree at \(revision) (\(commit.short), \(entries.count) files)")
    }

    /// The whole staged tree (what the next commit records), judged under the policy `check --staged`
    /// uses, with every path of it: the tree the Markdown audit's Carry-Forward Summary describes.
    public static func scanStaged(repositoryPath: String?, policyFile: String?, today: Date = Date()) throws -> (report: GateReport, paths: [String]) {
        let repository = try openRepository(repositoryPath)
        let headID = try undecidable { try repository.defaultBranchCommit() }
        let staged = try undecidable { try repository.stagedTree() }
        let loaded = try policyFile.map(PolicyLoader.load(file:)) ?? PolicyLoader.load(from: repository, at: headID ?? staged)
        let entries = try undecidable { try repository.files(at: staged) }
        let report = try scan(entries, of: staged, in: repository, at: repositoryPath, policy: loaded, today: today,
                              scope: "staged tree (\(entries.count) files)", openWorker: openStagedWorker(expecting: staged))
        return (report, entries.map(\.path))
    }

    private static func scan(
        _ entries: [TreeEntry], of tree: ObjectID, in repository: GitRepository, at repositoryPath: String?, policy loaded: LoadedPolicy,
        today: Date, scope: String, openWorker: @escaping @Sendable (String?) throws -> GitRepository = openRepository
    ) throws -> GateReport {
        let snapshot = GitSnapshot(repository: repository, commit: tree, sizeLimit: loaded.policy.maxFileSize)
        let judge = FileJudge(policy: loaded.policy, snapshot: snapshot, today: today)
        let judgement = try judgement(of: entries, by: judge, in: repository, at: repositoryPath, revision: tree,
                                      openWorker: openWorker, candidate: candidate(for:in:))
        return decide(judgement, policy: loaded, scope: scope)
    }

    /// Every file path of the tree at a revision, for reports that describe the repository.
    public static func filePaths(repositoryPath: String?, revision: String) throws -> [String] {
        let repository = try openRepository(repositoryPath)
        let commit = try resolve(revision, in: repository)
        return try undecidable { try repository.files(at: commit) }.map(\.path)
    }

    /// Files and folders on disk, outside git (local use before committing).
    /// Without `policyFile`, the `.infragate.yml` of the first folder named (else of the current
    /// folder) applies when there is one: on disk the user's own files are all there is to trust.
    public static func scanFiles(
        _ paths: [String], policyFile: String?, selection: FindingSelection = FindingSelection(), today: Date = Date()
    ) throws -> GateReport {
        // No repository to keep the compiled secrets database in: the user's cache folder does.
        CompiledDatabaseStoreChoice.offer(SealedDatabaseStore.inUserCache())
        let localPolicy = localPolicyFile(for: paths)
        let loaded = try ((policyFile ?? localPolicy).map(PolicyLoader.load(file:)) ?? LoadedPolicy(policy: .defaults, source: "built-in defaults"))
            .running(selection)
        var judgement = Judgement()
        // One snapshot per folder, so that files named one by one (a pre-commit hook's list) share what it remembers.
        var snapshots: [URL: DiskSnapshot] = [:]
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw GateError.usage("no such file or directory: \(path)")
            }
            // A file of a work tree is judged from the work tree's top, as `check` judges it: a workflow's
            // `uses: ./.github/actions/x`, a module's `source = "../m"` and an include are found there.
            let workTree = isDirectory.boolValue ? nil : DiskWalk.workTree(containing: url)
            let root = isDirectory.boolValue ? url : workTree?.top ?? url.deletingLastPathComponent()
            let walked = isDirectory.boolValue ? DiskWalk.files(under: url) : nil
            let entries = walked?.entries ?? [DiskWalk.Entry(relativePath: workTree?.relativePath ?? url.lastPathComponent, url: url, type: .regular)]
            if let skipped = walked?.skippedFolders, !skipped.isEmpty {
                judgement.notices.append("not scanned (tool state or third-party code): \(skipped.map { $0 + "/" }.joined(separator: ", ")); name a folder to scan it")
            }
            let judgedBefore = judgement.scanned.count + judgement.skipped.count + judgement.findings.count
            let snapshot = snapshots[root] ?? DiskSnapshot(root: root, sizeLimit: loaded.policy.maxFileSize)
            snapshots[root] = snapshot
            let judge = FileJudge(policy: loaded.policy, snapshot: snapshot, today: today)
            for entry in entries {
                let shownPath = isDirectory.boolValue || workTree != nil ? entry.relativePath : path
                let candidate = Candidate(path: shownPath, type: entry.type) { limit in try DiskWalk.read(entry.url, limit: limit) }
                try undecidable { try judge.judge(candidate, into: &judgement) }
            }
            if !isDirectory.boolValue, judgement.scanned.count + judgement.skipped.count + judgement.findings.count == judgedBefore {
                judgement.notices.append("\(path) is not an infrastructure file infragate recognises; it was not judged")
            }
        }
        return decide(judgement, policy: loaded, scope: "files on disk: \(paths.joined(separator: " "))")
    }

    private static func localPolicyFile(for paths: [String]) -> String? {
        var isDirectory: ObjCBool = false
        let folder = paths.first { FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue } ?? "."
        let file = URL(fileURLWithPath: folder).appendingPathComponent(PolicyLoader.fileName).path
        return FileManager.default.fileExists(atPath: file) ? file : nil
    }

    /// Applies the thresholds: every finding gets a level; any failure-level finding fails the gate.
    /// `existing`: fingerprints found at the merge base, which `existing_findings: warn` caps at warnings.
    public static func decide(
        _ judgement: Judgement, policy loaded: LoadedPolicy, scope: String, failOn: Severity? = nil, existing: Set<String> = []
    ) -> GateReport {
        let policy = loaded.policy
        let threshold = failOn ?? policy.failOn
        let judged = judgement.findings.map { finding -> JudgedFinding in
            let level: FindingLevel = finding.severity >= threshold ? .failure : finding.severity >= policy.warnOn ? .warning : .notice
            return JudgedFinding(finding: finding, level: existing.contains(finding.fingerprint) ? min(level, .warning) : level)
        }
        var notices = judgement.notices
        let carried = judged.filter { existing.contains($0.finding.fingerprint) }.count
        if carried > 0 {
            notices.append("\(carried) finding(s) already existed at the merge base; shown as warnings at most (existing_findings: warn)")
        }
        let count = { (level: FindingLevel) in judged.filter { $0.level == level }.count }
        let decision = Decision(passed: count(.failure) == 0, failOn: threshold, warnOn: policy.warnOn,
                                failures: count(.failure), warnings: count(.warning), notices: count(.notice),
                                reportOnly: policy.mode == .report)
        if policy.mode == .report {
            notices.append("mode: report (\(loaded.source)): findings are reported, but the gate does not fail and exits 0")
        }
        return GateReport(scope: scope, policySource: loaded.source, findings: judged, suppressed: judgement.suppressed,
                          skipped: judgement.skipped, scanned: judgement.scanned, notices: unique(notices), decision: decision,
                          findingsPerRuleAndFile: policy.findingsPerRuleAndFile)
    }

    /// The same notice from several commits of a push is said once.
    private static func unique(_ notices: [String]) -> [String] {
        var seen = Set<String>()
        return notices.filter { seen.insert($0).inserted }
    }

    // MARK: - git plumbing shared by the entry points

    /// Judges `entries` of `revision`: one by one with `judge` when they are few, else on every core,
    /// each worker with a handle of its own on the repository at `path` (libgit2's are not shared).
    private static func judgement<Entry: Sendable>(
        of entries: [Entry], by judge: FileJudge, in repository: GitRepository, at path: String?, revision: ObjectID,
        openWorker: @escaping @Sendable (String?) throws -> GitRepository = openRepository,
        candidate: @escaping @Sendable (Entry, GitRepository) -> Candidate
    ) throws -> Judgement {
        let workers = ParallelJudging.workerCount(for: entries.count)
        guard workers > 1 else {
            var judgement = Judgement()
            for entry in entries {
                try undecidable { try judge.judge(candidate(entry, repository), into: &judgement) }
            }
            return judgement
        }
        let (policy, today) = (judge.policy, judge.today)
        return try ParallelJudging.judgement(of: entries, workers: workers) {
            let own = try openWorker(path)
            let ownJudge = FileJudge(policy: policy, snapshot: GitSnapshot(repository: own, commit: revision, sizeLimit: policy.maxFileSize), today: today)
            return { entry in
                var judgement = Judgement()
                try undecidable { try ownJudge.judge(candidate(entry, own), into: &judgement) }
                return judgement
            }
        }
    }

    static func openRepository(_ path: String?) throws -> GitRepository {
        do {
            return try GitRepository.open(at: path)
        } catch {
            let place = path ?? "the current directory (nor GIT_DIR)"
            if let path, !FileManager.default.fileExists(atPath: path) {
                throw GateError.undecidable("\(path) does not exist; pass --repo the folder of a clone or of a bare repository")
            }
            // libgit2's wording says "could not find repository" for a folder that is none.
            guard "\(error)".contains("could not find repository") else {
                throw GateError.undecidable("cannot open the git repository at \(place): \(error)")
            }
            throw GateError.undecidable("\(place) is not a git repository; run infragate inside a clone or pass --repo PATH "
                + "(to judge files that are not committed, use `infragate scan PATH` without --rev)")
        }
    }

    static func resolve(_ revision: String, in repository: GitRepository) throws -> ObjectID {
        do {
            return try repository.resolveCommit(revision)
        } catch {
            guard "\(error)".contains("not found") else {
                throw GateError.undecidable("cannot resolve revision '\(revision)': \(error)")
            }
            throw GateError.undecidable("cannot resolve revision '\(revision)': no branch, tag or commit of this repository has that name; "
                + "in CI, fetch enough history (actions/checkout with fetch-depth: 0, GIT_DEPTH: 0 on GitLab) and the base branch (git fetch origin main)")
        }
    }

    static func candidate(for change: ChangedEntry, in repository: GitRepository) -> Candidate {
        candidate(path: change.path, mode: change.mode, blob: change.blob, in: repository)
    }

    static func candidate(for entry: TreeEntry, in repository: GitRepository) -> Candidate {
        candidate(path: entry.path, mode: entry.mode, blob: entry.blob, in: repository)
    }

    static func candidate(path: String, mode: EntryMode, blob: ObjectID, in repository: GitRepository) -> Candidate {
        Candidate(path: path, type: entryType(mode)) { limit in
            switch try repository.readBlob(blob, limit: limit) {
            case .bytes(let bytes): return .bytes(bytes)
            case .tooLarge(let size): return .tooLarge(size: size)
            }
        }
    }

    private static func entryType(_ mode: EntryMode) -> Candidate.EntryType {
        switch mode {
        case .symlink: return .symlink
        case .submodule: return .submodule
        case .file, .executable: return .regular
        }
    }

    /// Any git failure in the middle of judging means the gate cannot decide.
    static func undecidable<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as GateError {
            throw error
        } catch {
            throw GateError.undecidable("\(error)")
        }
    }
}

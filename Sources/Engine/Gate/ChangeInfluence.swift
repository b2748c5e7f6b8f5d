import Foundation
import InfragateGit

/// Findings a change introduces in files it did not touch, because what those files mean changed:
/// - a changed `.tfvars`, variable default, `locals` or module call alters what the module's
///   unchanged sibling files evaluate to;
/// - a changed `.gitlab-ci.yml` (or included file) can pull an unchanged file into the pipeline;
/// - a changed file is what an unchanged symbolic link with an infrastructure name now opens
///   (`LinkIndex` keeps listing the links from costing the whole tree on every push).
/// Only findings whose fingerprint is absent at `base` are returned, so an edit never re-reports old ones.
// Scope: Terraform sibling files of the changed files' directories; local child modules are not yet followed.
enum ChangeInfluence {
    static func findings(
        changes: [ChangedEntry], base: ObjectID?, head: ObjectID, in repository: GitRepository, judge: FileJudge,
        policy: Policy, today: Date
    ) throws -> Judgement {
        let changedPaths = Set(changes.map(\.path))
        let influenced = try terraformSiblings(of: changes, at: head, in: repository)
            + gitLabIncludes(of: changedPaths, judge: judge, at: head, in: repository)
            + links(openingAnyOf: changes, base: base, at: head, judge: judge, in: repository)
        var seen = changedPaths
        let unchanged = influenced.filter { seen.insert($0.path).inserted }
        var atHead = Judgement()
        for entry in unchanged {
            try judge.judge(Gate.candidate(for: entry, in: repository), into: &atHead)
        }
        var before = Set<String>()
        if let base, !unchanged.isEmpty {
            let baseSnapshot = GitSnapshot(repository: repository, commit: base, sizeLimit: policy.maxFileSize)
            let baseJudge = FileJudge(policy: policy, snapshot: baseSnapshot, today: today)
            var atBase = Judgement()
            for entry in unchanged {
                guard let old = try repository.entry(at: entry.path, in: base) else { continue }
                try baseJudge.judge(Gate.candidate(path: entry.path, mode: old.mode, blob: old.blob, in: repository), into: &atBase)
            }
            before = Set(atBase.findings.map(\.fingerprint))
        }
        var introduced = Judgement()
        introduced.findings = atHead.findings.filter { !before.contains($0.fingerprint) }
        return introduced
    }

    private static func terraformSiblings(of changes: [ChangedEntry], at head: ObjectID, in repository: GitRepository) throws -> [TreeEntry] {
        let directories = Set(changes.filter { isTerraform($0.path) }.map { FileClassifier.directory(of: $0.path) })
        return try directories.sorted().flatMap { directory in
            try repository.files(in: directory, at: head).filter { isTerraform($0.path) }
        }
    }

    /// When the pipeline's configuration changed, every file it includes at `head`.
    private static func gitLabIncludes(
        of changedPaths: Set<String>, judge: FileJudge, at head: ObjectID, in repository: GitRepository
    ) throws -> [TreeEntry] {
        let included = GitLabLocalIncludes.paths(in: judge.snapshot)
        guard changedPaths.contains(where: { GitLabLocalIncludes.rootFiles.contains($0) || included.contains($0) }) else { return [] }
        return try included.sorted().compactMap { try repository.entry(at: $0, in: head) }
    }

    /// The links with an infrastructure name whose target is a changed file.
    private static func links(
        openingAnyOf changes: [ChangedEntry], base: ObjectID?, at head: ObjectID, judge: FileJudge, in repository: GitRepository
    ) throws -> [TreeEntry] {
        let changedPaths = Set(changes.map(\.path))
        guard !changedPaths.isEmpty else { return [] }
        return try LinkIndex(repository: repository).linkPaths(at: head, base: base, changes: changes).compactMap { path in
            guard !changedPaths.contains(path), FileClassifier.classify(path: path) != .notInfrastructure,
                  case .file(_, let target) = try SymbolicLink.resolve(linkAt: path, in: judge.snapshot),
                  changedPaths.contains(target) else { return nil }
            return try repository.entry(at: path, in: head)
        }
    }

    private static func isTerraform(_ path: String) -> Bool {
        path.hasSuffix(".tf") || path.hasSuffix(".tf.json") || path.hasSuffix(".tfvars") || path.hasSuffix(".tfvars.json")
    }
}

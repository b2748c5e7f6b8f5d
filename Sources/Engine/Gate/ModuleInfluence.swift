import Foundation
import InfragateGit

/// Findings a change introduces in Terraform files it did not touch: a changed `.tfvars`, variable default,
/// `locals` or module call of a module alters what its unchanged sibling files evaluate to.
/// Only findings whose fingerprint is absent at `base` are returned, so an edit never re-reports old ones.
// Scope: sibling files of the changed files' directories; local child modules are not yet followed.
enum ModuleInfluence {
    static func findings(
        changes: [ChangedEntry], base: ObjectID?, head: ObjectID, in repository: GitRepository, judge: FileJudge,
        policy: Policy, today: Date
    ) throws -> Judgement {
        let changedPaths = Set(changes.map(\.path))
        let directories = Set(changes.filter { isTerraform($0.path) }.map { directory(of: $0.path) })
        var atHead = Judgement()
        var unchangedSiblings: [TreeEntry] = []
        for directory in directories.sorted() {
            for entry in try repository.files(in: directory, at: head)
            where isTerraform(entry.path) && !changedPaths.contains(entry.path) {
                unchangedSiblings.append(entry)
                try judge.judge(Gate.candidate(for: entry, in: repository), into: &atHead)
            }
        }
        var before = Set<String>()
        if let base, !unchangedSiblings.isEmpty {
            let baseSnapshot = GitSnapshot(repository: repository, commit: base, sizeLimit: policy.maxFileSize)
            let baseJudge = FileJudge(policy: policy, snapshot: baseSnapshot, today: today)
            var atBase = Judgement()
            for entry in unchangedSiblings {
                guard let old = try repository.entry(at: entry.path, in: base) else { continue }
                try baseJudge.judge(Gate.candidate(path: entry.path, mode: old.mode, blob: old.blob, in: repository), into: &atBase)
            }
            before = Set(atBase.findings.map(\.fingerprint))
        }
        var introduced = Judgement()
        introduced.findings = atHead.findings.filter { !before.contains($0.fingerprint) }
        return introduced
    }

    private static func isTerraform(_ path: String) -> Bool {
        path.hasSuffix(".tf") || path.hasSuffix(".tf.json") || path.hasSuffix(".tfvars") || path.hasSuffix(".tfvars.json")
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}

import ArgumentParser
import InfragateEngine
import InfragateReporters

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Judge the infrastructure files changed from merge-base(BASE, HEAD) to HEAD, as a pull-request check; or, with --staged, what is staged for the next commit.",
        discussion: """
            The policy comes from --policy, else from .infragate.yml at BASE — never from HEAD, so a change cannot relax its own gate. \
            With --staged (a pre-commit hook), the index is judged against the HEAD commit under HEAD's policy; unstaged edits are ignored \
            and nothing is written to the repository.
            """
    )

    @Option(help: "The target revision (branch, tag, sha, HEAD~2…).")
    var base: String?

    @Flag(help: "Judge the index (what `git commit` would record) against the HEAD commit, instead of --base..--head.")
    var staged = false

    @Option(help: "The revision under review.")
    var head: String = "HEAD"

    @Option(help: "The repository (bare or not); default: from GIT_DIR or the current directory.")
    var repo: String?

    @Option(help: "A trusted policy file; default: .infragate.yml at BASE.")
    var policy: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var selection: SelectionOptions

    func validate() throws {
        guard staged != (base != nil) else {
            throw ValidationError(staged ? "--staged judges the index against HEAD; it takes no --base" : "give --base REVISION (a pull-request check) or --staged (a pre-commit check)")
        }
    }

    func run() throws {
        guard let base else {
            return try runGate({ try Gate.checkStaged(repositoryPath: repo, policyFile: policy, selection: $0) }, output: output, selection: selection) { [repo, policy] _ in
                // The staged tree is what the next commit records: the audit describes it whole.
                let staged = try Gate.scanStaged(repositoryPath: repo, policyFile: policy)
                return TreeAudit(report: staged.report, paths: staged.paths)
            }
        }
        try runGate({ try Gate.check(repositoryPath: repo, base: base, head: head, policyFile: policy, selection: $0) }, output: output, selection: selection) { [repo, base, head, policy] _ in
            // The audit describes the tree the change leads to, judged under the same trusted policy (BASE's).
            TreeAudit(report: try Gate.scan(repositoryPath: repo, revision: head, pathPrefixes: [], policyFile: policy, policyRevision: base),
                      paths: try Gate.filePaths(repositoryPath: repo, revision: head))
        }
    }
}

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Judge every infrastructure file of a revision, or files on disk.",
        discussion: "With --rev, PATHs limit the scan to those folders of the tree. Without --rev, PATHs are files or folders on disk (default: the current folder)."
    )

    @Option(help: "A revision whose whole tree to scan (read from git, not the disk).")
    var rev: String?

    @Option(help: "The repository for --rev; default: from GIT_DIR or the current directory.")
    var repo: String?

    @Option(help: "A trusted policy file; default with --rev: .infragate.yml at that revision; on disk: built-in defaults.")
    var policy: String?

    @Argument(help: "Files or folders.")
    var paths: [String] = []

    @OptionGroup var output: OutputOptions

    @OptionGroup var selection: SelectionOptions

    func run() throws {
        if let rev {
            try runGate({ try Gate.scan(repositoryPath: repo, revision: rev, pathPrefixes: paths, policyFile: policy, selection: $0) }, output: output, selection: selection) { [repo, paths] report in
                let all = try Gate.filePaths(repositoryPath: repo, revision: rev)
                return TreeAudit(report: report, paths: all.filter { path in
                    paths.isEmpty || paths.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
                })
            }
        } else {
            try runGate({ try Gate.scanFiles(paths.isEmpty ? ["."] : paths, policyFile: policy, selection: $0) }, output: output, selection: selection)
        }
    }
}

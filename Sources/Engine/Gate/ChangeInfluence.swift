import Foundation
import InfragateGit
import InfragateParsers
import InfragateRules

/// Findings a change introduces in files it did not touch, because what those files mean changed:
/// - a changed `.tfvars`, variable default, `locals` or module call alters what the module's
///   unchanged sibling files evaluate to;
/// - a changed `.gitlab-ci.yml` (or included file) can pull an unchanged file into the pipeline, and
///   a changed included file changes what the jobs extending its templates inherit;
/// - a changed, added or deleted workflow or pipeline file changes what the repository scans, which
///   the opt-in "no security scanning" rules report in one file per platform;
/// - a changed kustomize base, patch, component or generator input changes what every overlay
///   including it renders (`KustomizeReferenceIndex` finds them without reading the whole tree);
/// - a changed file is what an unchanged symbolic link with an infrastructure name now opens
///   (`LinkIndex` keeps listing the links from costing the whole tree on every push).
/// - a changed `action.yml` or workflow changes what the workflows calling that local action or
///   reusable workflow pass into scripts;
/// - a changed file of a Helm chart (values, Chart.yaml, `_helpers.tpl`, a subchart) changes what
///   every template of the chart renders to.
/// - a changed drop-in or included file (`sshd_config.d/*.conf`, `conf.d/*.cnf`) changes what the
///   server configurations of its folder and the folder above read, and what the other drop-ins decide.
/// Only findings whose fingerprint is absent at `base` are returned, so an edit never re-reports old ones.
/// - a changed file of a local Terraform module changes what every module calling it (directly
///   or through other local modules) instantiates (`TerraformPack.localModuleSources` keeps the
///   sources written in the tree per git tree object).
enum ChangeInfluence {
    static func findings(
        changes: [ChangedEntry], base: ObjectID?, head: ObjectID, in repository: GitRepository, judge: FileJudge,
        policy: Policy, today: Date
    ) throws -> Judgement {
        let changedPaths = Set(changes.map(\.path))
        let influenced = try terraformSiblings(of: changes, at: head, in: repository)
            + terraformCallers(of: changes, judge: judge, at: head, in: repository)
            + gitLabIncludes(of: changes, judge: judge, at: head, in: repository)
            + links(openingAnyOf: changes, base: base, at: head, judge: judge, in: repository)
            + helmTemplates(of: changes, judge: judge, at: head, in: repository)
            + kustomizeOverlays(including: changes, judge: judge, at: head, in: repository)
            + workflows(callingAnyActionOf: changes, at: head, in: repository)
            + serverConfigurations(readingAnyOf: changes, at: head, in: repository)
            + serverConfigurations(copiedByAnyOf: changes, at: head, in: repository, sizeLimit: policy.maxFileSize)
            + scanningReporters(of: changes, base: base, at: head, judge: judge, policy: policy, in: repository)
        var seen = changedPaths
        let unchanged = influenced.filter { seen.insert($0.entry.path).inserted }
        // Judged at head first: most changes introduce nothing in the files they influence, and
        // then the base need not be judged at all (it was half the work of a base change re-judging N overlays).
        var judgedAtHead: [(entry: TreeEntry, causes: [ChangedEntry], findings: [Finding])] = []
        for (entry, changedCauses) in unchanged {
            var atHead = Judgement()
            try judge.judge(Gate.candidate(for: entry, in: repository), into: &atHead)
            if !atHead.findings.isEmpty { judgedAtHead.append((entry, changedCauses, atHead.findings)) }
        }
        var introduced = Judgement()
        guard !judgedAtHead.isEmpty else { return introduced }
        var before = Set<String>()
        if let base {
            let baseSnapshot = GitSnapshot(repository: repository, commit: base, sizeLimit: policy.maxFileSize)
            let baseJudge = FileJudge(policy: policy, snapshot: baseSnapshot, today: today)
            var atBase = Judgement()
            for (entry, _) in unchanged {
                guard let old = try repository.entry(at: entry.path, in: base) else { continue }
                try baseJudge.judge(Gate.candidate(path: entry.path, mode: old.mode, blob: old.blob, in: repository), into: &atBase)
            }
            before = Set(atBase.findings.map(\.fingerprint))
        }
        var causes = ChangedLines(repository: repository, base: base, sizeLimit: policy.maxFileSize)
        for (_, changedCauses, findings) in judgedAtHead {
            let new = findings.filter { !before.contains($0.fingerprint) }
            guard !new.isEmpty else { continue }
            let related = try changedCauses.map { cause in
                RelatedLocation(path: cause.path, line: try causes.firstChangedLine(of: cause), message: "changed in this change")
            }
            introduced.findings += new.map { finding in
                var finding = finding
                finding.related += related
                return finding
            }
        }
        return introduced
    }

    /// An unchanged file whose meaning the change may alter, and the changed files that may alter it.
    typealias Influenced = (entry: TreeEntry, causes: [ChangedEntry])

    private static func terraformSiblings(of changes: [ChangedEntry], at head: ObjectID, in repository: GitRepository) throws -> [Influenced] {
        let changedByDirectory = Dictionary(grouping: changes.filter { isTerraform($0.path) }) { RepositoryPath.directory(of: $0.path) }
        return try changedByDirectory.keys.sorted().flatMap { directory in
            try repository.files(in: directory, at: head).filter { isTerraform($0.path) }.map { ($0, changedByDirectory[directory] ?? []) }
        }
    }

    /// How many module folders a chain of callers is followed through: past it, the outer callers
    /// are judged when they change themselves.
    private static let maximumCallerFolders = 256

    /// The Terraform files of every folder whose local module calls reach a changed module folder.
    private static func terraformCallers(of changes: [ChangedEntry], judge: FileJudge, at head: ObjectID, in repository: GitRepository) throws -> [Influenced] {
        let changedByDirectory = Dictionary(grouping: changes.filter { isTerraform($0.path) }) { RepositoryPath.directory(of: $0.path) }
        guard !changedByDirectory.isEmpty else { return [] }
        let sources = judge.snapshot.facts(TerraformPack.localModuleSources)
        guard !sources.isEmpty else { return [] }
        var listings: [String: [String]] = [:]
        var causes: [String: [ChangedEntry]] = [:]
        var frontier = changedByDirectory.map { (directory: $0.key, causes: $0.value) }
        var visited = Set(changedByDirectory.keys)
        while let (module, why) = frontier.popLast() {
            for caller in try callerDirectories(of: module, sources: sources, listings: &listings, at: head, in: repository) {
                causes[caller, default: []] += why
                // A caller is itself a module others may call; nesting is bounded like instantiation.
                if visited.count < maximumCallerFolders, visited.insert(caller).inserted {
                    frontier.append((caller, why))
                }
            }
        }
        return try causes.keys.sorted().flatMap { directory in
            try repository.files(in: directory, at: head).filter { isTerraform($0.path) }.map { ($0, causes[directory] ?? []) }
        }
    }

    /// The folders from which some written source resolves to `module`: for `../../modules/x`
    /// and `infra/modules/x`, every folder two levels below `infra`.
    private static func callerDirectories(
        of module: String, sources: Set<String>, listings: inout [String: [String]], at head: ObjectID, in repository: GitRepository
    ) throws -> Set<String> {
        let moduleParts = module.split(separator: "/").map(String.init)
        var callers = Set<String>()
        for source in sources {
            let parts = source.split(separator: "/").filter { $0 != "." }.map(String.init)
            let climbs = parts.prefix { $0 == ".." }.count
            let tail = Array(parts.dropFirst(climbs))
            // `a/../b` after the first name: not a shape people write, and not followed.
            guard !tail.contains(".."), tail.count <= moduleParts.count, Array(moduleParts.suffix(tail.count)) == tail else { continue }
            let base = moduleParts.dropLast(tail.count).joined(separator: "/")
            if climbs == 0 {
                callers.insert(base)
                continue
            }
            if listings[base] == nil {
                listings[base] = Array(Set(try repository.files(under: base, at: head).map(\.path).filter(isTerraform).map(RepositoryPath.directory(of:))))
            }
            let depth = base.split(separator: "/").count + climbs
            for directory in listings[base] ?? [] where directory.split(separator: "/").count == depth
                && RepositoryPath.resolved(source, in: directory) == module {
                callers.insert(directory)
            }
        }
        callers.remove(module)
        return callers
    }

    /// When the pipeline's configuration changed, every file of it at `head`: the files it includes
    /// (which it may newly pull in) and the root files (whose jobs extend templates of included files).
    private static func gitLabIncludes(
        of changes: [ChangedEntry], judge: FileJudge, at head: ObjectID, in repository: GitRepository
    ) throws -> [Influenced] {
        let included = GitLabLocalIncludes.paths(in: judge.snapshot)
        let configuration = changes.filter { GitLabLocalIncludes.rootFiles.contains($0.path) || included.contains($0.path) }
        guard !configuration.isEmpty else { return [] }
        return try (GitLabLocalIncludes.rootFiles + included.sorted()).compactMap { path in
            try repository.entry(at: path, in: head).map { ($0, configuration) }
        }
    }

    /// The files the opt-in "no security scanning" rules report in (the first workflow of
    /// `.github/workflows/`, the root `.gitlab-ci.yml`), when a rule is on and the workflows folder
    /// differs from the base's (a file edited, added or deleted: deletions are no change entries) or
    /// the pipeline's configuration changed. Both platforms' scans count for either rule.
    private static func scanningReporters(
        of changes: [ChangedEntry], base: ObjectID?, at head: ObjectID, judge: FileJudge, policy: Policy, in repository: GitRepository
    ) throws -> [Influenced] {
        let enabled = policy.enabledRules
        let gitHubOn = enabled.includes(GitHubActionsPack.repositoryScanningRuleID), gitLabOn = enabled.includes(GitLabCIPack.repositoryScanningRuleID)
        guard gitHubOn || gitLabOn else { return [] }
        let folder = ".github/workflows"
        let workflows = try repository.files(in: folder, at: head).filter { FileClassifier.classify(path: $0.path) == .kind(.githubWorkflow) }
        let workflowsBefore = try base.map { try repository.files(in: folder, at: $0).filter { FileClassifier.classify(path: $0.path) == .kind(.githubWorkflow) } } ?? []
        let included = GitLabLocalIncludes.paths(in: judge.snapshot)
        let causes = changes.filter { RepositoryPath.directory(of: $0.path) == folder || GitLabLocalIncludes.rootFiles.contains($0.path) || included.contains($0.path) }
        guard !causes.isEmpty || Set(workflows) != Set(workflowsBefore) else { return [] }
        var reporters: [Influenced] = []
        if gitHubOn, let first = workflows.min(by: { $0.path < $1.path }) { reporters.append((first, causes)) }
        if gitLabOn {
            reporters += try GitLabLocalIncludes.rootFiles.compactMap { path in try repository.entry(at: path, in: head).map { ($0, causes) } }
        }
        return reporters
    }

    /// The links with an infrastructure name whose target is a changed file.
    private static func links(
        openingAnyOf changes: [ChangedEntry], base: ObjectID?, at head: ObjectID, judge: FileJudge, in repository: GitRepository
    ) throws -> [Influenced] {
        let changedByPath = Dictionary(changes.map { ($0.path, $0) }) { first, _ in first }
        guard !changedByPath.isEmpty else { return [] }
        return try LinkIndex(repository: repository).linkPaths(at: head, base: base, changes: changes).compactMap { path in
            guard changedByPath[path] == nil, FileClassifier.classify(path: path) != .notInfrastructure,
                  case .file(_, let target) = try SymbolicLink.resolve(linkAt: path, in: judge.snapshot),
                  let cause = changedByPath[target], let link = try repository.entry(at: path, in: head) else { return nil }
            return (link, [cause])
        }
    }

    /// The templates of every chart a changed file belongs to (the outermost chart, which renders its subcharts).
    private static func helmTemplates(of changes: [ChangedEntry], judge: FileJudge, at head: ObjectID, in repository: GitRepository) throws -> [Influenced] {
        var changedByChart: [String: [ChangedEntry]] = [:]
        var chartOfFolder = FolderMemo { judge.helmChart(containing: $0) }
        for change in changes {
            if let chart = chartOfFolder.value(forFileAt: change.path) { changedByChart[chart, default: []].append(change) }
        }
        return try changedByChart.keys.sorted().flatMap { chart in
            let causes = changedByChart[chart] ?? []
            let templates = try repository.files(under: chart, at: head).filter { judge.helmChart(ofTemplate: $0.path) == chart && NativeHelmRenderer.isManifest($0.path)
                && FileClassifier.classify(path: $0.path) != .notInfrastructure }
            // A chart of packaged subcharts only is judged with its Chart.yaml.
            let anchor = RepositoryPath.joined(chart, "Chart.yaml")
            if templates.isEmpty, judge.templatelessChart(anchoredAt: anchor) != nil, let entry = try repository.entry(at: anchor, in: head) {
                return [(entry, causes)]
            }
            return templates.map { ($0, causes) }
        }
    }

    /// When an `action.yml`/`action.yaml` or a workflow changed, the workflows of `.github/workflows/`
    /// (the callers a local composite action or reusable workflow can have; a few files, so every one
    /// is judged rather than indexed).
    private static func workflows(callingAnyActionOf changes: [ChangedEntry], at head: ObjectID, in repository: GitRepository) throws -> [Influenced] {
        let actions = changes.filter { change in
            ["action.yml", "action.yaml"].contains(RepositoryPath.name(of: change.path))
                || (RepositoryPath.directory(of: change.path) == ".github/workflows" && FileClassifier.classify(path: change.path) == .kind(.githubWorkflow))
        }
        guard !actions.isEmpty else { return [] }
        // A caller names an action by its folder and a reusable workflow by its file, and `uses:` is
        // never an expression and never climbs (`..`), so that last name stands in the caller's text
        // whatever path it writes: only workflows holding it are judged again, not the whole folder.
        let references = actions.map { change -> (change: ChangedEntry, name: String) in
            let name = RepositoryPath.name(of: change.path)
            let isAction = ["action.yml", "action.yaml"].contains(name)
            return (change, isAction ? RepositoryPath.name(of: RepositoryPath.directory(of: change.path)) : name)
        }
        return try repository.files(in: ".github/workflows", at: head)
            .filter { FileClassifier.classify(path: $0.path) == .kind(.githubWorkflow) }
            .compactMap { workflow in
                guard case .bytes(let bytes) = try repository.readBlob(workflow.blob, limit: 16 * 1024 * 1024) else {
                    return (workflow, actions)  // too large to look into: judged again, never skipped
                }
                let text = String(decoding: bytes, as: UTF8.self)
                let causes = references.filter { text.containsBytes(of: $0.name) }.map(\.change)
                return causes.isEmpty ? nil : (workflow, causes)
            }
    }

    /// The kustomization files whose render includes a changed file.
    private static func kustomizeOverlays(
        including changes: [ChangedEntry], judge: FileJudge, at head: ObjectID, in repository: GitRepository
    ) throws -> [Influenced] {
        var feedsKustomize = FolderMemo { judge.isInKustomizeTree($0) }
        let feeding = changes.filter { feedsKustomize.value(forFileAt: $0.path) }
        guard !feeding.isEmpty else { return [] }
        let references = try judge.kustomizeReferences()
        var causes: [String: [ChangedEntry]] = [:]
        for change in feeding {
            for kustomization in references.kustomizations(including: [change.path]) { causes[kustomization, default: []].append(change) }
        }
        return try causes.keys.sorted().compactMap { path in try repository.entry(at: path, in: head).map { ($0, causes[path] ?? []) } }
    }

    /// The server configuration files beside a changed configuration fragment and in the folder
    /// above: an include reads files of its own folder or a subfolder (`Include sshd_config.d/*.conf`,
    /// `include_dir 'conf.d'`, `!includedir /etc/mysql/conf.d/`), so these are the files whose
    /// effective configuration the change may alter. Two folder listings per changed folder.
    private static func serverConfigurations(readingAnyOf changes: [ChangedEntry], at head: ObjectID, in repository: GitRepository) throws -> [Influenced] {
        let fragments = changes.filter { change in
            let name = RepositoryPath.name(of: change.path)
            return [".conf", ".cnf", ".ini"].contains { name.hasSuffix($0) } || isServerConfiguration(change.path)
        }
        guard !fragments.isEmpty else { return [] }
        var causes: [String: [ChangedEntry]] = [:]
        for change in fragments {
            let folder = RepositoryPath.directory(of: change.path)
            causes[folder, default: []].append(change)
            if !folder.isEmpty { causes[RepositoryPath.directory(of: folder), default: []].append(change) }
            // A changed main file changes what its drop-ins decide (judged in its context, the last or first value winning).
            if isServerConfiguration(change.path) {
                for dropIns in Self.dropInFolders { causes[folder.isEmpty ? dropIns : folder + "/" + dropIns, default: []].append(change) }
            }
        }
        return try causes.keys.sorted().flatMap { folder in
            try repository.files(in: folder, at: head).filter { isServerConfiguration($0.path) }.map { ($0, causes[folder] ?? []) }
        }
    }

    /// The files a changed Dockerfile copies to a server's configuration path (`COPY hardening
    /// /etc/ssh/sshd_config`): what the image's server reads changed with the Dockerfile.
    private static func serverConfigurations(copiedByAnyOf changes: [ChangedEntry], at head: ObjectID, in repository: GitRepository, sizeLimit: Int) throws -> [Influenced] {
        var causes: [String: [ChangedEntry]] = [:]
        for change in changes where FileClassifier.isContainerBuildFileName(RepositoryPath.name(of: change.path).lowercased()) {
            guard case .bytes(let bytes) = try repository.readBlob(change.blob, limit: sizeLimit), case .text(let text) = FileContent(bytes: bytes) else { continue }
            for copy in DockerfileServerCopies.copies(inDockerfile: text, at: change.path) { causes[copy.source, default: []].append(change) }
        }
        return try causes.keys.sorted().compactMap { path in try repository.entry(at: path, in: head).map { ($0, causes[path] ?? []) } }
    }

    /// The drop-in folders beside a main file that the packs judge in that file's context.
    private static let dropInFolders = ["conf.d", "mariadb.conf.d", "mysql.conf.d", "sshd_config.d"]

    private static func isServerConfiguration(_ path: String) -> Bool {
        [.kind(.sshdConfig), .kind(.postgresConf), .kind(.mysqlOptions)].contains(FileClassifier.classify(path: path))
    }

    /// Configuration and variable files, which are judged together; a plan (`*.tfplan.json`) is
    /// judged alone, so it neither influences nor is influenced by its folder's files.
    private static func isTerraform(_ path: String) -> Bool {
        let name = RepositoryPath.name(of: path).lowercased()
        return FileClassifier.classify(path: path) == .kind(.terraform) && name != "tfplan.json" && !name.hasSuffix(".tfplan.json")
    }
}

/// An answer that depends only on a file's folder (the chart or the kustomizations above it), worked
/// out for the first file of each folder: a change of many files in one folder (625 workflows) must not
/// list that folder once per file, which made the 5,000-file corpus quadratic.
struct FolderMemo<Value> {
    private var answers: [String: Value] = [:]
    private let answer: (_ path: String) -> Value

    init(_ answer: @escaping (_ path: String) -> Value) {
        self.answer = answer
    }

    mutating func value(forFileAt path: String) -> Value {
        let folder = RepositoryPath.directory(of: path)
        if let known = answers[folder] { return known }
        let value = answer(path)
        answers[folder] = value
        return value
    }
}

/// The first line at which a changed file differs from its version at the base: where a reader
/// looks for the cause of a finding the change made elsewhere. Line 1 for a new file.
struct ChangedLines {
    let repository: GitRepository
    let base: ObjectID?
    let sizeLimit: Int

    mutating func firstChangedLine(of change: ChangedEntry) throws -> Int {
        guard let base, let old = try repository.entry(at: change.oldPath ?? change.path, in: base),
              let before = try text(of: old.blob), let after = try text(of: change.blob) else { return 1 }
        var line = 1
        var oldLines = before.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        for newLine in after.split(separator: "\n", omittingEmptySubsequences: false) {
            guard oldLines.next() == newLine else { return line }
            line += 1
        }
        return max(line - 1, 1)
    }

    private func text(of blob: ObjectID) throws -> String? {
        guard case .bytes(let bytes) = try repository.readBlob(blob, limit: sizeLimit), case .text(let text) = FileContent(bytes: bytes) else { return nil }
        return text
    }
}

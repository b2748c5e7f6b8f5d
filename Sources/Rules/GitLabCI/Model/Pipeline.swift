import InfragateParsers

/// A `.gitlab-ci.yml`: its global settings, `default:` and jobs, read leniently (a key of the
/// wrong shape is skipped, never a crash), plus a locator for text inside scripts.
struct Pipeline {
    /// Top-level keys that configure the pipeline rather than name a job.
    static let globalKeywords: Set<String> = [
        "default", "include", "stages", "variables", "workflow", "image", "services", "before_script", "after_script",
        "cache", "spec",
    ]

    let root: YAMLNode
    /// The pipeline itself (global keywords), `default:`, then every job, hidden `.templates` included
    /// because jobs inherit them through `extends`.
    let scopes: [PipelineScope]
    let locator: ScalarLocator
    /// Every logical command line of every script, in file order within each scope, lexed once for
    /// all the rules that read them.
    let scriptLines: [PipelineScriptLine]
    /// The scanning jobs, by scope identity, recognised once for the rules that ask.
    private let securityScans: [String: SecurityScanJob]
    /// `workflow: rules:`, looked up once: the root mapping has an entry per job, and finding a key in
    /// it for every job made the merge request rules quadratic in the number of jobs.
    let workflowRules: [YAMLNode]
    /// The trusted policy's values (allowed image registries); filled by the pack.
    var parameters = RuleParameters.defaults
    /// What the repository's pipelines scan, on the root pipeline when the rule that asks is on
    /// (reading the tree's facts costs); nil elsewhere.
    var repositoryScanning: SecurityScanningCoverage?

    init(root: YAMLNode, scopes: [PipelineScope], locator: ScalarLocator) {
        self.root = root
        self.scopes = scopes
        self.locator = locator
        workflowRules = root["workflow"]?["rules"]?.items ?? []
        scriptLines = scopes.flatMap { scope in
            scope.scriptEntries.flatMap { entry -> [PipelineScriptLine] in
                guard let text = entry.node.scalar?.text else { return [] }
                let logicalLines = ShellLines.logicalLines(of: text[...])
                return zip(logicalLines, locator.lines(of: logicalLines, in: entry.node)).map {
                    PipelineScriptLine(scope: scope, key: entry.key, text: $0, line: $1)
                }
            }
        }
        securityScans = Dictionary(scopes.compactMap { scope in SecurityScanJob(scope).map { (scope.identity, $0) } },
                                   uniquingKeysWith: { first, _ in first })
    }

    /// What `scope` scans, when it is a job that runs a security scanner.
    func securityScan(of scope: PipelineScope) -> SecurityScanJob? {
        securityScans[scope.identity]
    }

    /// Every mapping document is read: a `spec:` header document (CI/CD inputs) simply has no jobs.
    /// `included` holds the jobs of the files it includes, which its jobs may extend (`IncludedJobs`).
    static func pipelines(in documents: [YAMLDocument], locator: ScalarLocator, included: [String: YAMLNode] = [:]) -> [Pipeline] {
        documents.filter { $0.root.isMapping }.map { document in
            let root = document.root
            var scopes = [PipelineScope(node: root, name: "The pipeline", identity: "pipeline")]
            if let defaults = root["default"], defaults.isMapping {
                scopes.append(PipelineScope(node: defaults, name: "`default`", identity: "default"))
            }
            let jobs = root.entries.filter { !globalKeywords.contains($0.key) && $0.value.isMapping }
            var inheritance = JobInheritance(jobs: jobs, included: included)
            scopes += jobs.map { job in
                PipelineScope(node: inheritance.effectiveConfiguration(of: job.key) ?? job.value, written: job.value,
                              name: "Job `\(job.key)`", identity: "job:\(job.key)")
            }
            return Pipeline(root: root, scopes: scopes, locator: locator)
        }
    }
}

/// Where settings are written: the pipeline's global keywords, `default:`, or one job.
struct PipelineScope {
    /// A variable of `variables:`, from either `NAME: value` or `NAME: {value:, description:}`.
    struct Variable {
        let name: String
        let value: YAMLNode?
        let line: Int
    }

    /// An image of `image:` or `services:`, from either the string or the `{name:}` form.
    struct Image {
        let reference: String
        let node: YAMLNode
        let line: Int
    }

    /// One entry of `script`, `before_script` or `after_script`: a string that may hold many lines.
    struct ScriptEntry {
        let key: String
        let node: YAMLNode
    }

    private static let scriptKeys = ["before_script", "script", "after_script"]

    /// The settings in force: for a job, with what it `extends` merged in and `!reference` tags
    /// resolved (`JobInheritance`).
    let node: YAMLNode
    /// The scope as written in this file: its scripts are judged here, inherited ones where written.
    let written: YAMLNode
    /// For messages: "Job `build`".
    let name: String
    let identity: String

    init(node: YAMLNode, written: YAMLNode? = nil, name: String, identity: String) {
        self.node = node
        self.written = written ?? node
        self.name = name
        self.identity = identity
    }

    /// A hidden `.template`: never run itself, only through the jobs that extend it.
    var isHidden: Bool { identity.hasPrefix("job:.") }

    var isJob: Bool { identity.hasPrefix("job:") }

    var variables: [Variable] {
        Self.variables(of: node)
    }

    static func variables(of node: YAMLNode) -> [Variable] {
        (node["variables"]?.entries ?? []).map { entry in
            let value = entry.value.isMapping ? entry.value["value"] : entry.value
            return Variable(name: entry.key, value: value, line: entry.keyLine)
        }
    }

    var image: Image? {
        node.entry("image").flatMap { Self.image($0.value, line: $0.keyLine) }
    }

    var services: [Image] {
        (node["services"]?.items ?? []).compactMap { Self.image($0, line: $0.line) }
    }

    /// In the `{name:}` form the image is reported on its `name` line.
    private static func image(_ node: YAMLNode, line: Int) -> Image? {
        if let reference = node.string { return Image(reference: reference, node: node, line: line) }
        guard let name = node.entry("name"), let reference = name.value.string else { return nil }
        return Image(reference: reference, node: node, line: name.keyLine)
    }

    /// Script entries, one nesting level of lists included; `!reference [.job, script]` tags point
    /// at other jobs' scripts, which are judged where they are written.
    var scriptEntries: [ScriptEntry] {
        Self.scriptEntries(of: written)
    }

    /// The scripts the job runs: its own or, where it has none, those it inherits through `extends`.
    var scriptEntriesInForce: [ScriptEntry] {
        Self.scriptEntries(of: node)
    }

    private static func scriptEntries(of node: YAMLNode) -> [ScriptEntry] {
        scriptKeys.flatMap { key -> [ScriptEntry] in
            guard let script = node[key] else { return [] }
            let scalars = script.scalar != nil ? [script]
                : script.items.filter { $0.tag != "!reference" }.flatMap { $0.isSequence ? $0.items : [$0] }
            return scalars.filter { $0.scalar != nil }.map { ScriptEntry(key: key, node: $0) }
        }
    }
}

extension PipelineScope.Image {
    var parsed: ImageReference { ImageReference(parsing: reference) }

    /// `docker:27-dind`, `docker:dind`, `registry/docker-dind`: a Docker daemon run as a service.
    var isDockerInDocker: Bool {
        let image = parsed
        return image.repository.lowercased().hasSuffix("dind")
            || (image.repository.lowercased().hasSuffix("docker") && image.tag?.lowercased().contains("dind") == true)
    }
}

import InfragateParsers

/// One GitHub Actions workflow: its triggers, jobs and steps, read leniently (a key of the wrong
/// shape is skipped, never a crash), plus a locator to map text inside scripts back to lines.
struct Workflow {
    let root: YAMLNode
    /// The events of `on:`, written as a string, a list or a mapping. The YAML layer applies no
    /// YAML 1.1 typing, so the `on` key stays the string "on" rather than becoming `true`.
    let triggers: Set<String>
    let jobs: [WorkflowJob]
    let locator: ScalarLocator
    /// Every logical line of every `run:` script, in file order, lexed once for all the rules that read them.
    let runLines: [WorkflowRunLine]
    /// The inputs each local composite action used here expands into its scripts, by `uses` as
    /// written (`LocalAction`); filled by the pack, which can read the rest of the revision.
    var localActionCodeInputs: [String: Set<String>] = [:]
    /// The trusted policy's values (allowed image registries); filled by the pack.
    var parameters = RuleParameters.defaults
    /// What the repository's pipelines scan, on the one workflow its finding is reported in, when the
    /// rule that asks is on (reading the tree's facts costs); nil elsewhere.
    var repositoryScanning: SecurityScanningCoverage?

    init(root: YAMLNode, triggers: Set<String>, jobs: [WorkflowJob], locator: ScalarLocator) {
        self.root = root
        self.triggers = triggers
        self.jobs = jobs
        self.locator = locator
        runLines = jobs.flatMap(\.steps).flatMap { step -> [WorkflowRunLine] in
            guard let run = step.node["run"], let text = run.scalar?.text else { return [] }
            let logicalLines = ShellLines.logicalLines(of: text[...])
            return zip(logicalLines, locator.lines(of: logicalLines, in: run)).map {
                WorkflowRunLine(step: step, text: $0, line: $1)
            }
        }
    }

    /// A document is a workflow when it is a mapping with a `jobs` mapping. A composite action
    /// (`action.yml` whose `runs` has `steps`) reads as a workflow with one job, the action, whose
    /// triggers are its callers': its steps run the same way, with the caller's token and secrets.
    static func workflows(in documents: [YAMLDocument], locator: ScalarLocator) -> [Workflow] {
        documents.compactMap { document in
            if let runs = document.root.entry("runs"), runs.value["steps"]?.isSequence == true {
                return Workflow(root: document.root, triggers: [], jobs: [WorkflowJob(YAMLEntry(key: compositeActionJob, keyLine: runs.keyLine, value: runs.value))],
                                locator: locator)
            }
            guard let jobs = document.root["jobs"], jobs.isMapping else { return nil }
            return Workflow(root: document.root, triggers: triggers(of: document.root["on"]),
                            jobs: jobs.entries.filter { $0.value.isMapping }.map(WorkflowJob.init), locator: locator)
        }
    }

    /// The job name a composite action's steps are reported under.
    static let compositeActionJob = "runs"

    private static func triggers(of node: YAMLNode?) -> Set<String> {
        guard let node else { return [] }
        if let event = node.string { return [event] }
        if node.isSequence { return Set(node.items.compactMap(\.string)) }
        return Set(node.entries.map(\.key))
    }

    func isTriggered(byAnyOf events: Set<String>) -> Bool {
        !triggers.isDisjoint(with: events)
    }

    /// The privileged triggers of this workflow, as a message names them (`pull_request_target`).
    var privilegedTriggerNames: String {
        Self.privilegedTriggers.intersection(triggers).sorted().map { "`\($0)`" }.joined(separator: " and ")
    }

    /// Every `env` mapping of the workflow, its jobs and their steps.
    var environmentBlocks: [EnvironmentBlock] {
        var blocks: [EnvironmentBlock] = []
        if let env = root["env"] { blocks.append(EnvironmentBlock(node: env, owner: "The workflow", identity: "workflow")) }
        for job in jobs {
            if let env = job.node["env"] { blocks.append(EnvironmentBlock(node: env, owner: "Job `\(job.id)`", identity: job.identity)) }
            for step in job.steps {
                if let env = step.node["env"] { blocks.append(EnvironmentBlock(node: env, owner: step.displayName, identity: step.identity)) }
            }
        }
        return blocks
    }
}

extension Workflow {
    /// Every `if:` of a job or step, with who carries it.
    var conditions: [WorkflowCondition] { jobs.flatMap(\.conditions) }
}

extension WorkflowJob {
    /// The job's `if:` and its steps', in file order.
    var conditions: [WorkflowCondition] {
        let jobCondition = node.entry("if").map { WorkflowCondition(entry: $0, owner: "Job `\(id)`", identity: identity) }
        return [jobCondition].compactMap { $0 } + steps.compactMap { step in
            step.node.entry("if").map { WorkflowCondition(entry: $0, owner: step.displayName, identity: step.identity) }
        }
    }
}

/// An `if:` and the job or step it decides, for messages and identities.
struct WorkflowCondition {
    let entry: YAMLEntry
    let owner: String
    let identity: String
}

/// An `env` mapping and who declares it, for messages and identities.
struct EnvironmentBlock {
    let node: YAMLNode
    let owner: String
    let identity: String
}

/// A job of `jobs:`.
struct WorkflowJob {
    let id: String
    let node: YAMLNode
    let steps: [WorkflowStep]

    init(_ entry: YAMLEntry) {
        id = entry.key
        node = entry.value
        let jobID = entry.key
        steps = (entry.value["steps"]?.items ?? []).enumerated().compactMap { index, step in
            step.isMapping ? WorkflowStep(node: step, number: index + 1, jobID: jobID) : nil
        }
    }

    var identity: String { "job:\(id)" }

    /// The labels of `runs-on` as a string, a list, or a `{group:, labels:}` mapping.
    var runnerLabels: [String] {
        guard let runsOn = node["runs-on"] else { return [] }
        if let label = runsOn.string { return [label] }
        if runsOn.isSequence { return runsOn.items.compactMap(\.string) }
        guard let labels = runsOn["labels"] else { return [] }
        return labels.string.map { [$0] } ?? labels.items.compactMap(\.string)
    }
}

/// A step of a job, named in messages by its `name`, `id` or action, else by its position.
extension WorkflowJob {
    /// An image the job pulls: its `container:`, a service's `image:` or a `uses: docker://…` step.
    struct Image {
        /// As written, `docker://` removed; nil when the value is not a string.
        let reference: String?
        let line: Int
        /// For messages: "container", "service `db`", "`docker://` step".
        let role: String
    }

    /// Every image the job pulls, in file order of kind: container, services, `docker://` steps.
    var images: [Image] {
        var images: [Image] = []
        if let container = node.entry("container") {
            if container.value.scalar != nil {
                images.append(Image(reference: container.value.string, line: container.keyLine, role: "container"))
            } else if let image = container.value.entry("image") {
                images.append(Image(reference: image.value.string, line: image.keyLine, role: "container"))
            }
        }
        for service in node["services"]?.entries ?? [] {
            if let image = service.value.entry("image") {
                images.append(Image(reference: image.value.string, line: image.keyLine, role: "service `\(service.key)`"))
            }
        }
        for step in steps {
            if let uses = step.node.entry("uses"), let text = uses.value.string, text.hasPrefix("docker://") {
                images.append(Image(reference: String(text.dropFirst("docker://".count)), line: uses.keyLine, role: "`docker://` step"))
            }
        }
        return images
    }
}

struct WorkflowStep {
    let node: YAMLNode
    let number: Int
    let jobID: String

    var uses: String? { node["uses"]?.string }

    /// The action without its ref (`actions/checkout@v4` → `actions/checkout`).
    var action: String? {
        uses.map { String($0.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)[0]).lowercased() }
    }

    /// Whether the step has a `name` or `id` of its own, rather than being known by its action.
    var isNamed: Bool { node["name"]?.string != nil || node["id"]?.string != nil }

    private var label: String {
        node["name"]?.string ?? node["id"]?.string ?? uses ?? "#\(number)"
    }

    var displayName: String {
        jobID == Workflow.compositeActionJob ? "Step `\(label)` of the composite action" : "Step `\(label)` of job `\(jobID)`"
    }

    var identity: String { "job:\(jobID)|step:\(label)" }
}

extension WorkflowStep {
    /// A script the step runs, and the key that holds it.
    struct Script {
        let key: String
        let node: YAMLNode
    }

    /// Inputs that actions run as code (shell, PowerShell, JavaScript, Python, a `jq`/`yq` program), by
    /// lowercased action: the injection sinks CodeQL and zizmor model whose input is executed rather than
    /// only posted as text.
    static let codeInputs: [String: [String]] = [
        "actions/github-script": ["script"],
        "appleboy/ssh-action": ["script"],
        "azure/cli": ["inlinescript"],
        "azure/powershell": ["inlinescript"],
        "mikefarah/yq": ["cmd"],
        "sergeysova/jq-action": ["cmd"],
        "amadevus/pwsh-script": ["script"],
        "jannekem/run-python-script-action": ["script"],
        "cardinalby/js-eval-action": ["expression"],
        "addnab/docker-run-action": ["options", "run"],
        "8398a7/action-slack": ["custom_payload"],
    ]

    /// Its `run`, or the inputs of a known action that runs them as code (`actions/github-script`'s
    /// `script`, `azure/cli`'s `inlineScript`): injectable all the same. Input names are matched
    /// case-insensitively, as the runner matches them.
    var scripts: [Script] {
        if let run = node["run"], run.scalar != nil { return [Script(key: "run", node: run)] }
        guard let action, let inputs = Self.codeInputs[action], let with = node["with"] else { return [] }
        return with.entries.compactMap { entry in
            inputs.contains(entry.key.lowercased()) && entry.value.scalar != nil ? Script(key: entry.key, node: entry.value) : nil
        }
    }
}

/// One logical command line of a step's `run:` script, with its source line.
struct WorkflowRunLine {
    let step: WorkflowStep
    let text: Substring
    let line: Int
    let commands: [ShellCommand]

    init(step: WorkflowStep, text: Substring, line: Int) {
        self.step = step
        self.text = text
        self.line = line
        commands = ShellScript.commands(in: String(text))
    }
}

extension Workflow {
    /// Triggers that run in the base repository's context (its secrets, a write token) for events
    /// anyone can cause: a fork's pull request, or a run that one triggered.
    static let privilegedTriggers: Set<String> = ["pull_request_target", "workflow_run"]
}

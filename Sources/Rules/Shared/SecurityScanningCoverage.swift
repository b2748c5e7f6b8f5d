import InfragateParsers

/// The three kinds of scanning the checklists expect in a pipeline.
enum SecurityScanKind: String, CaseIterable, Sendable {
    case staticAnalysis = "sast"
    case dependencyAudit = "dependencies"
    case secretScanning = "secrets"

    /// For messages.
    var name: String {
        switch self {
        case .staticAnalysis: "static analysis (SAST)"
        case .dependencyAudit: "dependency auditing"
        case .secretScanning: "secret scanning"
        }
    }
}

/// Which kinds of scanning the repository's pipelines run, for the opt-in "no security scanning"
/// rules. Worked out from tree facts (`facts`), so a push pays for the folders it changed, not the
/// tree: each YAML file's facts say which scans it runs, on which platform, under its own name; a
/// fact counts only when a file of that name is one the platform runs (a workflow of
/// `.github/workflows/`, the root `.gitlab-ci.yml` or a file it includes). A copy of a workflow under
/// the same name elsewhere in the tree (vendored code) counts too: facts cannot know their folder.
struct SecurityScanningCoverage: Sendable {
    static let workflowFolder = ".github/workflows"

    let covered: Set<SecurityScanKind>

    var missing: [SecurityScanKind] { SecurityScanKind.allCases.filter { !covered.contains($0) } }

    /// Remembered per run: every judged reporter asks.
    static func of(_ snapshot: any RepositorySnapshot) -> SecurityScanningCoverage {
        snapshot.shared("security-scanning-coverage") {
            let workflows = snapshot.fileNames(in: workflowFolder)
            let pipelineFiles = Set((GitLabLocalIncludes.rootFiles.filter { snapshot.text(at: $0) != nil }
                + GitLabLocalIncludes.paths(in: snapshot)).map(RepositoryPath.name(of:)))
            let kinds = snapshot.facts(facts).compactMap { fact -> SecurityScanKind? in
                let parts = fact.split(separator: "\u{1}", maxSplits: 2).map(String.init)
                guard parts.count == 3, let kind = SecurityScanKind(rawValue: parts[0]) else { return nil }
                let runs = parts[1] == Platform.github.rawValue ? workflows.contains(parts[2]) : pipelineFiles.contains(parts[2])
                return runs ? kind : nil
            }
            return SecurityScanningCoverage(covered: Set(kinds))
        }
    }

    /// The file a GitHub repository's finding is reported in: its first workflow by name, so a scan
    /// of the repository reports it once (`ChangeInfluence` judges it again when the folder changes).
    /// Without a listing of the folder (a loose file) nothing is the reporter.
    static func isGitHubReporter(_ path: String, in snapshot: any RepositorySnapshot) -> Bool {
        guard RepositoryPath.directory(of: path) == workflowFolder else { return false }
        let first = snapshot.fileNames(in: workflowFolder).filter(isYAML).min()
        return first == RepositoryPath.name(of: path)
    }

    private enum Platform: String {
        case github, gitlab
    }

    private static func isYAML(_ name: String) -> Bool { name.hasSuffix(".yml") || name.hasSuffix(".yaml") }

    /// "kind␁platform␁file name" for each scan a YAML file runs. Only files naming a known scanner
    /// are parsed; a document with a `jobs` mapping is a GitHub workflow, any other a GitLab pipeline.
    static let facts = TreeFacts(
        name: "ci-security-scanning v2",
        reads: isYAML,
        factsOfNamedFile: { name, text in
            let lowered = text.lowercased()
            guard clues.contains(where: { lowered.containsBytes(of: $0) }) else { return [] }
            return YAMLParser.parse(text, dialect: .gitLab).documents.flatMap { document -> [String] in
                let root = document.root
                guard root.isMapping else { return [] }
                let isWorkflow = root["jobs"]?.isMapping == true
                let kinds = isWorkflow ? workflowScans(root) : pipelineScans(root, locator: ScalarLocator(source: text))
                let platform = isWorkflow ? Platform.github : .gitlab
                return kinds.map { [$0.rawValue, platform.rawValue, name].joined(separator: "\u{1}") }
            }
        })

    /// Words one of the recognised scanners' spellings contains (lower-cased): a file with none is not parsed.
    private static let clues = [
        "codeql", "semgrep", "trivy", "grype", "anchore", "gitleaks", "trufflehog", "audit", "osv-scanner", "sast",
        "secret", "dependency", "snyk", "bandit", "gosec", "checkov", "kics", "tfsec", "infragate", "zizmor", "gemnasium",
        "govulncheck", "safety", "auto-devops",
    ]

    // MARK: - Commands, both platforms

    private static let staticAnalysers: Set<String> = [
        "semgrep", "bandit", "gosec", "brakeman", "checkov", "kics", "tfsec", "hadolint", "zizmor", "njsscan", "flawfinder",
        "kube-linter", "kubesec", "terrascan",
    ]
    private static let secretScanners: Set<String> = ["gitleaks", "trufflehog", "detect-secrets", "ggshield"]
    private static let dependencyAuditors: Set<String> = ["grype", "osv-scanner", "pip-audit", "govulncheck", "bundle-audit", "bundler-audit"]
    /// Package managers whose `audit` subcommand audits the dependencies (`yarn npm audit` too).
    private static let auditingManagers: Set<String> = ["npm", "yarn", "pnpm", "cargo", "bundle", "composer", "bun"]

    /// What a shell script's commands scan.
    static func scans(ofScript script: String) -> Set<SecurityScanKind> {
        var kinds = Set<SecurityScanKind>()
        for command in ShellScript.commands(in: script) {
            guard let program = command.programName?.lowercased() else { continue }
            let arguments = Array(command.effectiveInvocation.dropFirst())
            switch program {
            case "infragate":
                // The gate itself judges infrastructure code and finds secrets.
                if ["check", "scan"].contains(arguments.first ?? "") { kinds.formUnion([.staticAnalysis, .secretScanning]) }
            case "codeql":
                if arguments.prefix(2) == ["database", "analyze"] { kinds.insert(.staticAnalysis) }
            case "trivy":
                kinds.formUnion(trivyScans(target: arguments.first ?? "", scanners: option("--scanners", in: arguments) ?? option("--security-checks", in: arguments)))
            case "snyk":
                if arguments.first == "test" { kinds.insert(.dependencyAudit) }
                if arguments.first == "code" { kinds.insert(.staticAnalysis) }
            case "safety":
                if ["check", "scan"].contains(arguments.first ?? "") { kinds.insert(.dependencyAudit) }
            default:
                if staticAnalysers.contains(program) { kinds.insert(.staticAnalysis) }
                if secretScanners.contains(program) { kinds.insert(.secretScanning) }
                if dependencyAuditors.contains(program) { kinds.insert(.dependencyAudit) }
                if auditingManagers.contains(program), arguments.prefix(2).contains("audit") { kinds.insert(.dependencyAudit) }
            }
        }
        return kinds
    }

    /// `--scanners vuln,secret` or `--scanners=vuln,secret`.
    private static func option(_ name: String, in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == name, index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
        }
        return nil
    }

    /// Trivy scans a folder or repository for vulnerable dependencies and secrets unless told
    /// otherwise (`--scanners`), configuration (`trivy config`) for misconfigurations, and an image's
    /// packages for vulnerabilities.
    private static func trivyScans(target: String, scanners: String?) -> Set<SecurityScanKind> {
        switch target.lowercased() {
        case "config", "conf": return [.staticAnalysis]
        case "image", "i", "sbom": return scanners.map { $0.contains("vuln") ? [.dependencyAudit] : [] } ?? [.dependencyAudit]
        case "fs", "filesystem", "repo", "repository", "rootfs":
            guard let scanners = scanners?.lowercased() else { return [.dependencyAudit, .secretScanning] }
            var kinds = Set<SecurityScanKind>()
            if scanners.contains("vuln") { kinds.insert(.dependencyAudit) }
            if scanners.contains("secret") { kinds.insert(.secretScanning) }
            if scanners.contains("misconfig") || scanners.contains("config") { kinds.insert(.staticAnalysis) }
            return kinds
        default: return []
        }
    }

    /// What an image named in a pipeline scans when its entry point is the scanner (`docker://`
    /// steps, GitLab jobs that only set `image:`).
    private static func scans(ofImage reference: String) -> Set<SecurityScanKind> {
        let repository = ImageReference(parsing: reference).repository.lowercased()
        let name = RepositoryPath.name(of: repository)
        if secretScanners.contains(name) { return [.secretScanning] }
        if name.hasPrefix("semgrep") { return [.staticAnalysis] }
        return []
    }

    // MARK: - GitHub Actions

    /// Actions (lower-cased, without ref) and what they scan; a prefix ending in `/` names an action family.
    private static let scanningActions: [(action: String, kinds: Set<SecurityScanKind>)] = [
        ("github/codeql-action/analyze", [.staticAnalysis]),
        ("semgrep/semgrep-action", [.staticAnalysis]), ("returntocorp/semgrep-action", [.staticAnalysis]),
        ("bridgecrewio/checkov-action", [.staticAnalysis]), ("checkmarx/kics-github-action", [.staticAnalysis]),
        ("aquasecurity/tfsec-action", [.staticAnalysis]), ("zizmorcore/zizmor-action", [.staticAnalysis]),
        ("snyk/actions/", [.dependencyAudit]), ("anchore/scan-action", [.dependencyAudit]),
        ("google/osv-scanner-action/", [.dependencyAudit]), ("actions/dependency-review-action", [.dependencyAudit]),
        ("pypa/gh-action-pip-audit", [.dependencyAudit]),
        ("gitleaks/gitleaks-action", [.secretScanning]), ("zricethezav/gitleaks-action", [.secretScanning]),
        ("trufflesecurity/trufflehog", [.secretScanning]),
    ]

    private static func workflowScans(_ root: YAMLNode) -> Set<SecurityScanKind> {
        var kinds = Set<SecurityScanKind>()
        for job in root["jobs"]?.entries ?? [] where !isSwitchedOff(job.value) {
            for step in job.value["steps"]?.items ?? [] where step.isMapping && !isSwitchedOff(step) {
                if let run = step["run"]?.string { kinds.formUnion(scans(ofScript: run)) }
                guard let uses = step["uses"]?.string else { continue }
                if uses.hasPrefix("docker://") {
                    kinds.formUnion(scans(ofImage: String(uses.dropFirst("docker://".count))))
                    continue
                }
                let action = String(uses.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)[0]).lowercased()
                if action == "aquasecurity/trivy-action" {
                    let with = step["with"]
                    kinds.formUnion(trivyScans(target: with?["scan-type"]?.string ?? "image", scanners: with?["scanners"]?.string))
                }
                for known in scanningActions where known.action.hasSuffix("/") ? action.hasPrefix(known.action) : action == known.action {
                    kinds.formUnion(known.kinds)
                }
            }
        }
        return kinds
    }

    /// `if: false` (a job or step that never runs): a scanner written but switched off scans nothing.
    private static func isSwitchedOff(_ node: YAMLNode) -> Bool {
        guard let condition = node["if"] else { return false }
        let text = (condition.string ?? "").lowercased().filter { $0 != " " }
        return condition.bool == false || text == "false" || text == "${{false}}"
    }

    // MARK: - GitLab CI

    /// GitLab's templates (without `.latest`), by name, and what they scan; Auto DevOps runs all three.
    private static let scanningTemplates: [String: Set<SecurityScanKind>] = [
        "security/sast.gitlab-ci.yml": [.staticAnalysis], "jobs/sast.gitlab-ci.yml": [.staticAnalysis],
        "security/sast-iac.gitlab-ci.yml": [.staticAnalysis], "jobs/sast-iac.gitlab-ci.yml": [.staticAnalysis],
        "security/secret-detection.gitlab-ci.yml": [.secretScanning], "jobs/secret-detection.gitlab-ci.yml": [.secretScanning],
        "security/dependency-scanning.gitlab-ci.yml": [.dependencyAudit], "jobs/dependency-scanning.gitlab-ci.yml": [.dependencyAudit],
        "auto-devops.gitlab-ci.yml": [.staticAnalysis, .dependencyAudit, .secretScanning],
    ]
    /// GitLab's CI/CD catalog components (`…/components/sast/sast@1`), by the words of their project
    /// or name, and what they scan.
    private static let scanningComponents: [(word: String, kinds: Set<SecurityScanKind>)] = [
        ("sast", [.staticAnalysis]), ("secret-detection", [.secretScanning]), ("dependency-scanning", [.dependencyAudit]),
    ]
    /// Jobs GitLab's templates define, and what they scan (`*-sast` and `gemnasium-*` analyzers too).
    private static let templateJobs: [String: Set<SecurityScanKind>] = [
        "sast": [.staticAnalysis], "iac-sast": [.staticAnalysis], "secret_detection": [.secretScanning],
        "dependency_scanning": [.dependencyAudit],
    ]
    /// The switch each kind's templates obey: a pipeline that sets it runs none of their jobs.
    private static let switches: [String: SecurityScanKind] = [
        "SAST_DISABLED": .staticAnalysis, "SECRET_DETECTION_DISABLED": .secretScanning, "DEPENDENCY_SCANNING_DISABLED": .dependencyAudit,
    ]
    private static func pipelineScans(_ root: YAMLNode, locator: ScalarLocator) -> Set<SecurityScanKind> {
        var templateKinds = Set<SecurityScanKind>()
        let include = root["include"]
        for item in include.map({ $0.isSequence ? $0.items : [$0] }) ?? [] {
            if let template = item["template"]?.string {
                let name = template.lowercased().split(separator: ".").filter { $0 != "latest" }.joined(separator: ".")
                templateKinds.formUnion(scanningTemplates[name] ?? [])
            }
            if let component = item["component"]?.string?.lowercased() {
                let path = component.split(separator: "@", maxSplits: 1).first.map(String.init) ?? component
                for known in scanningComponents where path.split(separator: "/").contains(where: { $0 == known.word || $0.hasPrefix(known.word) }) {
                    templateKinds.formUnion(known.kinds)
                }
            }
        }
        var kinds = Set<SecurityScanKind>()
        // Jobs as GitLab runs them: what they inherit through `extends` and `!reference` in this file counts.
        let jobs = Pipeline.pipelines(in: [YAMLDocument(root: root, index: 0)], locator: locator)
            .flatMap(\.scopes).filter { $0.isJob && !$0.isHidden }
        for scope in jobs {
            let job = (key: String(scope.identity.dropFirst("job:".count)), value: scope.node)
            if job.value["when"]?.string == "never" { continue }
            let name = job.key.lowercased()
            if let known = templateJobs[name] {
                templateKinds.formUnion(known)
            } else if name.hasSuffix("-sast") {
                templateKinds.insert(.staticAnalysis)
            } else if name.hasPrefix("gemnasium") || name.hasSuffix("-dependency_scanning") {
                templateKinds.insert(.dependencyAudit)
            }
            let script = job.value["script"].map { $0.string.map { [$0] } ?? $0.items.flatMap { $0.string.map { [$0] } ?? $0.items.compactMap(\.string) } } ?? []
            kinds.formUnion(script.flatMap(scans(ofScript:)))
            let image = job.value["image"].flatMap { $0.string ?? $0["name"]?.string }
            if script.isEmpty, let image { kinds.formUnion(scans(ofImage: image)) }
        }
        // A switch set for the whole pipeline turns the templates' jobs off.
        for variable in PipelineScope.variables(of: root) where isOn(variable.value) {
            if let kind = switches[variable.name] { templateKinds.remove(kind) }
        }
        return kinds.union(templateKinds)
    }

    /// How the templates' rules read a switch: `true` or `1`.
    private static func isOn(_ value: YAMLNode?) -> Bool {
        guard let value else { return false }
        if value.bool == true || value.int == 1 { return true }
        return ["true", "1"].contains(value.string?.lowercased() ?? "")
    }
}

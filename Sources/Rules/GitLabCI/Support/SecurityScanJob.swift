import InfragateParsers

/// A job that scans for vulnerabilities: one of GitLab's security template jobs (by its name, or
/// the analyzer template it extends), or a job whose script runs a known scanner.
struct SecurityScanJob {
    /// Whether the scan reads the repository's files (SAST, secrets, dependencies, IaC) rather than
    /// a built image or a running application (container scanning, DAST), which need no clone.
    let readsSource: Bool
    /// For messages: "SAST", "`gitleaks`".
    let scanner: String

    private static let templateJobs: [String: (scanner: String, readsSource: Bool)] = [
        "sast": ("SAST", true), "iac-sast": ("IaC scanning", true), "secret_detection": ("secret detection", true),
        "dependency_scanning": ("dependency scanning", true), "container_scanning": ("container scanning", false),
        "dast": ("DAST", false), "dast_api": ("API security testing", false), "apifuzzer_fuzz": ("API fuzzing", false),
    ]
    private static let analyzerTemplates: [String: (scanner: String, readsSource: Bool)] = [
        ".sast-analyzer": ("SAST", true), ".secret-analyzer": ("secret detection", true), ".ds-analyzer": ("dependency scanning", true),
        ".gemnasium-shared-rule": ("dependency scanning", true), ".cs_common": ("container scanning", false),
    ]
    private static let sourceScanners: Set<String> = [
        "gitleaks", "trufflehog", "semgrep", "checkov", "kics", "tfsec", "grype", "snyk", "bandit", "gosec", "infragate",
        "pip-audit", "osv-scanner", "bundle-audit", "bundler-audit", "hadolint", "zizmor", "detect-secrets", "ggshield",
    ]
    /// Package managers whose `audit` subcommand is a dependency scan.
    private static let auditingManagers: Set<String> = ["npm", "yarn", "pnpm", "cargo", "bundle"]

    init?(_ scope: PipelineScope) {
        guard scope.isJob else { return nil }
        let name = String(scope.identity.dropFirst("job:".count))
        if let known = Self.templateJobs[name] ?? (name.hasSuffix("-sast") ? ("SAST", true) : nil)
            ?? (name.hasSuffix("-dependency_scanning") ? ("dependency scanning", true) : nil) {
            (scanner, readsSource) = known
            return
        }
        let parents = scope.written["extends"].map { $0.string.map { [$0] } ?? $0.items.compactMap(\.string) } ?? []
        if let known = parents.lazy.compactMap({ Self.analyzerTemplates[$0] }).first {
            (scanner, readsSource) = known
            return
        }
        guard let program = Self.scannerProgram(in: scope.node) else { return nil }
        scanner = "`\(program.name)`"
        readsSource = program.readsSource
    }

    /// The first scanner the job's `script` runs; `trivy image`/`grype <image>` scan an image.
    private static func scannerProgram(in job: YAMLNode) -> (name: String, readsSource: Bool)? {
        let script = job["script"].map { $0.string.map { [$0] } ?? $0.items.flatMap { $0.string.map { [$0] } ?? $0.items.compactMap(\.string) } } ?? []
        for command in script.flatMap(ShellScript.commands(in:)) {
            guard let program = command.programName else { continue }
            let arguments = command.effectiveInvocation.dropFirst()
            if program == "trivy" {
                return ("trivy", !["image", "i", "k8s", "kubernetes"].contains(arguments.first ?? ""))
            }
            if sourceScanners.contains(program) { return (program, true) }
            if auditingManagers.contains(program), arguments.first == "audit" { return ("\(program) audit", true) }
        }
        return nil
    }
}

import InfragateParsers

/// `SAST_DISABLED: "true"` switches off a scanner the security templates would run on every pipeline.
struct SecurityScanDisabled: Rule {
    /// The variables GitLab's security templates read to skip their jobs, and the scan each skips.
    private static let switches: [String: String] = [
        "SAST_DISABLED": "SAST", "SECRET_DETECTION_DISABLED": "secret detection",
        "DEPENDENCY_SCANNING_DISABLED": "dependency scanning", "CONTAINER_SCANNING_DISABLED": "container scanning",
        "DAST_DISABLED": "DAST", "IAC_SCANNING_DISABLED": "IaC scanning", "API_FUZZING_DISABLED": "API fuzzing",
        "COVFUZZ_DISABLED": "coverage fuzzing",
    ]

    let description = RuleDescription(
        id: "GITLAB-SECURITY-SCAN-DISABLED", title: "Security scanning switched off in the pipeline", severity: .medium, cwe: 693,
        checklist: "CI/CD › Security scanning runs in the pipeline",
        rationale: """
            GitLab's SAST, Secret Detection, Dependency Scanning, Container Scanning, DAST and IaC templates skip \
            their jobs when `<SCAN>_DISABLED` is `true` (or `1`). Set in the pipeline file, for the whole pipeline \
            or for one job, it silently removes the check the merge request approval rules and the security \
            dashboard rely on; a change that wants to go unscanned needs only this line. Medium.
            """,
        recommendation: "Remove the variable; scope a scanner with its own settings (`SAST_EXCLUDED_PATHS`, `SECRET_DETECTION_EXCLUDED_PATHS`) instead of turning it off.",
        triggering: [RuleExample("""
            include:
              - template: Jobs/SAST.gitlab-ci.yml
              - template: Jobs/Secret-Detection.gitlab-ci.yml
            variables:
            ↓  SAST_DISABLED: "true"
            secret_detection:
              variables:
            ↓    SECRET_DETECTION_DISABLED: 1
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            include:
              - template: Jobs/SAST.gitlab-ci.yml
            variables:
              SAST_DISABLED: "false"
              SAST_EXCLUDED_PATHS: "spec, test, tmp"
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.flatMap { scope in
            scope.variables.compactMap { variable -> Violation? in
                guard let scan = Self.switches[variable.name], Self.isOn(variable.value) else { return nil }
                return Violation(line: variable.line, message: "\(scope.name) sets `\(variable.name)`, which turns \(scan) off.",
                                 identity: "\(scope.identity)|variables.\(variable.name)")
            }
        }
    }

    /// How the templates' rules read the switch: `true` or `1`.
    private static func isOn(_ value: YAMLNode?) -> Bool {
        guard let value else { return false }
        if value.bool == true || value.int == 1 { return true }
        return ["true", "1"].contains(value.string?.lowercased() ?? "")
    }
}

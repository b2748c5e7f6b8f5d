import InfragateParsers

/// `CI_DEBUG_TRACE: "true"` prints every variable of the job, secrets included, into its log.
struct DebugTraceEnabled: Rule {
    private static let switches: Set<String> = ["CI_DEBUG_TRACE", "CI_DEBUG_SERVICES"]

    let description = RuleDescription(
        id: "GITLAB-DEBUG-TRACE", title: "Debug tracing writes the job's variables to its log", severity: .high, cwe: 532,
        owasp: "A09:2021 Security Logging and Monitoring Failures",
        checklist: "CI/CD › Secrets never written to build logs",
        rationale: """
            `CI_DEBUG_TRACE: "true"` makes the runner trace the job's shell with every variable expanded, and \
            `CI_DEBUG_SERVICES` prints service containers' logs: GitLab documents that the output contains the \
            content of all variables available to the job, masked or not where masking cannot apply. Committed to the \
            pipeline it runs on every pipeline, and the job log is readable by every developer (everyone, for public \
            projects). High.
            """,
        recommendation: "Remove the variable from the file; to debug one run, set it for that run only (Run pipeline › variables) and delete the job log afterwards.",
        equivalents: [Equivalent(tool: "poutine", id: "debug_enabled")],
        triggering: [RuleExample("""
            variables:
            ↓  CI_DEBUG_TRACE: "true"
            deploy:
              variables:
            ↓    CI_DEBUG_SERVICES: 1
              script: ./deploy.sh
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            variables:
              CI_DEBUG_TRACE: "false"
            deploy:
              script: ./deploy.sh
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.flatMap { scope in
            scope.variables.compactMap { variable -> Violation? in
                guard Self.switches.contains(variable.name), let value = variable.value,
                      value.bool == true || value.int == 1 || ["true", "1"].contains(value.string?.lowercased() ?? "") else { return nil }
                return Violation(line: variable.line, message: "\(scope.name) sets `\(variable.name)`, which writes the job's variables to its log.",
                                 identity: "\(scope.identity)|variables.\(variable.name)")
            }
        }
    }
}

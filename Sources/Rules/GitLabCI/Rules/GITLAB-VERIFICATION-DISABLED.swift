import InfragateParsers

/// `curl -k`, `pip --trusted-host`, `GIT_SSL_NO_VERIFY: "true"` in a pipeline: the job trusts
/// whatever the network answers while it holds the project's CI variables.
struct PipelineVerificationDisabled: Rule {
    let description = RuleDescription(
        id: "GITLAB-VERIFICATION-DISABLED", title: "TLS or package signature verification switched off in a pipeline", severity: .high, cwe: 295,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Dependencies from verified sources",
        rationale: """
            A script that downloads with `curl -k` or `wget --no-check-certificate`, installs with `pip --trusted-host`, \
            `apk --allow-untrusted` or `npm config set strict-ssl false`, or a `variables:` entry such as \
            `GIT_SSL_NO_VERIFY: "true"` (which the runner's own clone honours too) or `NODE_TLS_REJECT_UNAUTHORIZED: "0"`, \
            runs whatever a machine on the path answers inside a job that holds `CI_JOB_TOKEN` and the project's \
            variables, and ships it. High.
            """,
        recommendation: "Keep verification on; give the runner the private CA instead (`CI_SERVER_TLS_CA_FILE`, `tls-ca-file` in the runner's config, or a file variable read by `NODE_EXTRA_CA_CERTS`/`PIP_CERT`).",
        triggering: [RuleExample("""
            variables:
            ↓  GIT_SSL_NO_VERIFY: "true"
            build:
              script:
            ↓    - curl --insecure -o tool.tgz https://tools.internal/tool.tgz
            ↓    - apk add --allow-untrusted tool.apk
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            variables:
              GIT_SSL_NO_VERIFY: "false"
            build:
              script:
                - curl --fail --cacert "$CORP_CA_FILE" -o tool.tgz https://tools.internal/tool.tgz
                - apk add --no-cache tool
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        var occurrences = Occurrences()
        let settings = pipeline.scopes.flatMap { scope in
            scope.variables.compactMap { variable -> Violation? in
                guard let value = variable.value?.scalar?.text, let effect = VerificationSwitch.effect(ofSetting: variable.name, to: value) else { return nil }
                return Violation(line: variable.line, message: "\(scope.name) sets `\(variable.name)`: \(effect).",
                                 identity: "\(scope.identity)|variables.\(variable.name)")
            }
        }
        let commands = pipeline.scriptLines.compactMap { scriptLine -> Violation? in
            guard let effect = scriptLine.commands.lazy.compactMap(\.weakenedVerification).first else { return nil }
            return Violation(line: scriptLine.line, message: "\(scriptLine.scope.name) (`\(scriptLine.key)`): \(effect).",
                             identity: occurrences.identity(of: "\(scriptLine.scope.identity)|\(scriptLine.key)|verification"))
        }
        return settings + commands
    }
}

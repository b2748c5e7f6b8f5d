import InfragateParsers

/// `docker login -p "$CI_REGISTRY_PASSWORD"` puts the password where process listings and traces show it.
struct PipelineRegistryPasswordArgument: Rule {
    let description = RuleDescription(
        id: "GITLAB-REGISTRY-PASSWORD-ARGUMENT", title: "Registry password passed on the command line", severity: .medium, cwe: 214,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "CI/CD › Secrets in the vault, exposed only where used",
        rationale: """
            `docker login -p`, `podman login --password` or `helm registry login -p` put the password in the \
            command line: every process on the runner (a shared runner's other jobs included, and any service \
            container) can read it from the process list, `set -x` or `CI_DEBUG_TRACE` prints it in the job log, \
            where masking fails for values it does not know, and Docker warns about it on every run. Medium.
            """,
        recommendation: "Pipe the secret in: `echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin \"$CI_REGISTRY\"`.",
        triggering: [RuleExample("""
            build:
              image: docker:27.3
              script:
            ↓    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"
            ↓    - helm registry login registry.example.com --username ci --password=$HELM_PASSWORD
                - docker build -t "$CI_REGISTRY_IMAGE" .
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            build:
              image: docker:27.3
              script:
                - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
                - docker build -t "$CI_REGISTRY_IMAGE" -p 8080 .
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        var occurrences = Occurrences()
        return pipeline.scriptLines.compactMap { scriptLine in
            guard let login = scriptLine.commands.lazy.compactMap(\.registryPasswordArgument).first else { return nil }
            let key = "\(scriptLine.scope.identity)|\(scriptLine.key)|\(login)"
            return Violation(line: scriptLine.line, message: "\(scriptLine.scope.name) passes a password to `\(login)` on the command line (`\(scriptLine.key)`).",
                             identity: occurrences.identity(of: key))
        }
    }
}

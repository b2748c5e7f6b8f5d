import InfragateParsers

/// A credential written into `variables:` is committed, and readable by everyone who can read the project.
struct PipelineSecretInVariables: Rule {
    let description = RuleDescription(
        id: "GITLAB-SECRET-IN-VARIABLES", title: "Credential written into pipeline variables", severity: .high, cwe: 798,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "CI/CD › Secrets come from the secret store, not the pipeline file",
        rationale: """
            A password or token written as a literal in `variables:` is committed: readable by every project member \
            and every fork, kept in git history after removal, and, unlike a masked CI/CD variable, printed in clear \
            by any job that echoes it. High.
            """,
        recommendation: "Define it as a masked, protected CI/CD variable in the project or group settings (or fetch it from Vault with `secrets:`), remove the literal and rotate it.",
        triggering: [RuleExample("""
            variables:
            ↓  DEPLOY_TOKEN: glpat-4f8a2c9d1e7b3a
              APP_ENV: production
            deploy:
              script: ./deploy.sh
              variables:
            ↓    DB_PASSWORD:
                  value: hunter2
                  description: Staging database password
              services:
                - name: postgres:16.4
                  variables:
            ↓        POSTGRES_PASSWORD: postgres
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            variables:
              DEPLOY_TOKEN: $VAULT_DEPLOY_TOKEN
              TOKEN_FILE: /run/secrets/token
              SECRET_DETECTION_HISTORIC_SCAN: "true"
              REGISTRY_PASSWORD: <your-registry-password>
              API_KEY:
                value: ""
                description: Set when running the pipeline manually
            deploy:
              script: ./deploy.sh
              variables:
                DB_PASSWORD: ${STAGING_DB_PASSWORD}
                USE_TOKEN_AUTH: true
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.flatMap { scope -> [Violation] in
            let own = literalSecrets(scope.variables, owner: scope.name, identity: scope.identity)
            let services = scope.services.flatMap { service in
                literalSecrets(PipelineScope.variables(of: service.node), owner: "\(scope.name), service `\(service.reference)`,",
                               identity: "\(scope.identity)|service:\(service.reference)")
            }
            return own + services
        }
    }

    /// The message names the variable, never its value.
    private func literalSecrets(_ variables: [PipelineScope.Variable], owner: String, identity: String) -> [Violation] {
        variables.compactMap { variable in
            guard SecretName.matches(variable.name), let value = variable.value, let text = value.string,
                  SecretValue.classify(text).isCredential, value.bool == nil, value.int == nil else { return nil }
            return Violation(line: variable.line, message: "\(owner) sets variable `\(variable.name)` to a literal value.",
                             identity: "\(identity)|variables.\(variable.name)")
        }
    }
}

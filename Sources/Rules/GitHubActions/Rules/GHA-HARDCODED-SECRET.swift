import InfragateParsers

/// A credential typed into the workflow is in git history for everyone who can read the repository.
struct WorkflowHardcodedSecret: Rule {
    let description = RuleDescription(
        id: "GHA-HARDCODED-SECRET", title: "Credential written into the workflow", severity: .high, cwe: 798,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "CI/CD › Secrets come from the secret store, not the pipeline file",
        rationale: """
            A password or token written as a literal in `env:`, an action's `with:` inputs or a container's \
            `credentials` is committed: readable by everyone with read access (the whole internet for a public \
            repository, and forks keep it), kept in history after removal, and never masked in logs. High.
            """,
        recommendation: "Store it as an encrypted secret and reference it: `TOKEN: ${{ secrets.DEPLOY_TOKEN }}`; rotate the exposed value.",
        equivalents: [Equivalent(tool: "zizmor", id: "hardcoded-container-credentials")],
        triggering: [RuleExample("""
            on: push
            env:
            ↓  NPM_TOKEN: npm_live_4f8a2c9d1e7b
            jobs:
              deploy:
                runs-on: ubuntu-latest
                container:
                  image: registry.example.com/tools:1.4
                  credentials:
                    username: ci
            ↓        password: hunter2
                steps:
                  - uses: docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772
                    with:
                      username: ci
            ↓          password: s3cr3t-registry-pass
            """, path: ".github/workflows/ci.yml")],
        nonTriggering: [RuleExample("""
            on: push
            env:
              NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
              TOKEN_FILE: /run/secrets/token
              SECRET_DETECTION_HISTORIC_SCAN: "true"
              CLIENT_SECRET: <your-client-secret>
              AWS_SECRET_ARN: arn:aws:secretsmanager:eu-west-1:123456789012:secret:deploy-AbCdEf
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - uses: docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772
                    with:
                      password: ${{ secrets.REGISTRY_PASSWORD }}
                      skip-token: true
                  - run: ./deploy.sh
                    env:
                      API_KEY: $API_KEY_FROM_VAULT
            """, path: ".github/workflows/ci.yml")])

    func check(_ workflow: Workflow) -> [Violation] {
        let environments = workflow.environmentBlocks.flatMap { block in
            literalSecrets(in: block.node, owner: block.owner, section: "env", identity: block.identity)
        }
        let jobSettings = workflow.jobs.flatMap { job -> [Violation] in
            let containers = [("container", job.node["container"])] + (job.node["services"]?.entries ?? []).map { ("services.\($0.key)", $0.value) }
            let credentials = containers.flatMap { section, node in
                literalSecrets(in: node?["credentials"], owner: "Job `\(job.id)`", section: "\(section).credentials", identity: job.identity)
            }
            let inputs = job.steps.flatMap { step in
                literalSecrets(in: step.node["with"], owner: step.displayName, section: "with", identity: step.identity)
            }
            return credentials + inputs
        }
        return environments + jobSettings
    }

    /// Entries of `mapping` whose name says credential and whose value is a literal (not an expression,
    /// a variable, a boolean or a number). The message names the key, never the value.
    private func literalSecrets(in mapping: YAMLNode?, owner: String, section: String, identity: String) -> [Violation] {
        (mapping?.entries ?? []).compactMap { entry in
            guard SecretName.matches(entry.key), let value = entry.value.string, SecretValue.classify(value).isCredential,
                  entry.value.bool == nil, entry.value.int == nil else { return nil }
            return Violation(line: entry.keyLine, message: "\(owner) sets `\(section).\(entry.key)` to a literal value.",
                             identity: "\(identity)|\(section).\(entry.key)")
        }
    }
}

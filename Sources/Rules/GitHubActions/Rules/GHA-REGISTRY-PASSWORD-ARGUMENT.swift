import InfragateParsers

/// `docker login -p "$TOKEN"` puts the password where process listings and traces show it.
struct WorkflowRegistryPasswordArgument: Rule {
    let description = RuleDescription(
        id: "GHA-REGISTRY-PASSWORD-ARGUMENT", title: "Registry password passed on the command line", severity: .medium, cwe: 214,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "CI/CD › Secrets in the vault, exposed only where used",
        rationale: """
            `docker login -p`, `podman login --password` or `helm registry login -p` put the password in the \
            command line: every process on the runner (on a self-hosted runner, other jobs' too) can read it from \
            the process list, and `set -x` prints it in the log, where masking fails for derived values. Medium.
            """,
        recommendation: "Use `docker/login-action`, or pipe the secret in: `echo \"$TOKEN\" | docker login ghcr.io -u \"$USER\" --password-stdin`.",
        triggering: [RuleExample("""
            on: push
            jobs:
              publish:
                runs-on: ubuntu-latest
                steps:
                  - env:
                      TOKEN: ${{ secrets.GITHUB_TOKEN }}
            ↓        run: docker login ghcr.io -u "$GITHUB_ACTOR" -p "$TOKEN"
            """, path: ".github/workflows/publish.yml")],
        nonTriggering: [RuleExample("""
            on: push
            jobs:
              publish:
                runs-on: ubuntu-latest
                steps:
                  - env:
                      TOKEN: ${{ secrets.GITHUB_TOKEN }}
                    run: echo "$TOKEN" | docker login ghcr.io -u "$GITHUB_ACTOR" --password-stdin
            """, path: ".github/workflows/publish.yml")])

    func check(_ workflow: Workflow) -> [Violation] {
        var occurrences = Occurrences()
        return workflow.runLines.compactMap { runLine in
            guard let login = runLine.commands.lazy.compactMap(\.registryPasswordArgument).first else { return nil }
            let key = "\(runLine.step.identity)|\(login)"
            return Violation(line: runLine.line, message: "\(runLine.step.displayName) passes a password to `\(login)` on the command line.",
                             identity: occurrences.identity(of: key))
        }
    }
}

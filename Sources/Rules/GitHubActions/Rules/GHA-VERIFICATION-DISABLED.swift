import InfragateParsers

/// `curl -k`, `pip --trusted-host`, `env: NODE_TLS_REJECT_UNAUTHORIZED: 0` in a workflow: the job
/// trusts whatever the network answers while it holds the repository's credentials.
struct WorkflowVerificationDisabled: Rule {
    let description = RuleDescription(
        id: "GHA-VERIFICATION-DISABLED", title: "TLS or package signature verification switched off in a workflow", severity: .high, cwe: 295,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Dependencies from verified sources",
        rationale: """
            A `run:` step that downloads with `curl -k` or `wget --no-check-certificate`, installs with \
            `pip --trusted-host`, `apt-get --allow-unauthenticated` or `npm config set strict-ssl false`, or an `env:` \
            such as `NODE_TLS_REJECT_UNAUTHORIZED: 0` or `GIT_SSL_NO_VERIFY: true`, runs whatever a machine on the \
            path answers inside a job that holds `GITHUB_TOKEN` and the workflow's secrets, and ships it. High.
            """,
        recommendation: "Keep verification on; trust a private CA by installing its certificate on the runner (or `NODE_EXTRA_CA_CERTS`, `PIP_CERT`) instead of switching the check off.",
        triggering: [RuleExample("""
            on: push
            permissions: {}
            jobs:
              build:
                runs-on: ubuntu-latest
                env:
            ↓      NODE_TLS_REJECT_UNAUTHORIZED: 0
                steps:
            ↓      - run: curl -sSk https://tools.internal/install.tar.gz -o install.tar.gz
                  - run: |
            ↓          pip install --trusted-host pypi.internal -r requirements.txt
            """, path: ".github/workflows/build.yml")],
        nonTriggering: [RuleExample("""
            on: push
            permissions: {}
            jobs:
              build:
                runs-on: ubuntu-latest
                env:
                  NODE_EXTRA_CA_CERTS: /etc/ssl/certs/corp-ca.pem
                  NODE_TLS_REJECT_UNAUTHORIZED: 1
                steps:
                  - run: curl -sS --fail https://tools.internal/install.tar.gz -o install.tar.gz
                  - run: pip install --require-hashes -r requirements.txt
            """, path: ".github/workflows/build.yml")])

    func check(_ workflow: Workflow) -> [Violation] {
        var occurrences = Occurrences()
        let commands = workflow.runLines.compactMap { runLine -> Violation? in
            guard let effect = runLine.commands.lazy.compactMap(\.weakenedVerification).first else { return nil }
            return Violation(line: runLine.line, message: "\(runLine.step.displayName): \(effect).",
                             identity: occurrences.identity(of: "\(runLine.step.identity)|verification"))
        }
        let settings = workflow.environmentBlocks.flatMap { block in
            block.node.entries.compactMap { entry -> Violation? in
                guard let value = entry.value.scalar?.text, let effect = VerificationSwitch.effect(ofSetting: entry.key, to: value) else { return nil }
                return Violation(line: entry.keyLine, message: "\(block.owner) sets `\(entry.key)`: \(effect).",
                                 identity: "\(block.identity)|env.\(entry.key)")
            }
        }
        return settings + commands
    }
}

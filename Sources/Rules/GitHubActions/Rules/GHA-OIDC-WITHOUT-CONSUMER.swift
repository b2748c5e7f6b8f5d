import InfragateParsers

/// `id-token: write` on a job that never asks for an OIDC token: a standing grant nobody uses.
struct OIDCWithoutConsumer: Rule {
    /// Actions that exchange the job's OIDC token for cloud or registry credentials, or sign with it.
    private static let consumers: Set<String> = [
        "aws-actions/configure-aws-credentials", "google-github-actions/auth", "azure/login", "hashicorp/vault-action",
        "sigstore/cosign-installer", "sigstore/gh-action-sigstore-python", "actions/attest-build-provenance", "actions/attest",
        "actions/attest-sbom", "pypa/gh-action-pypi-publish", "rubygems/release-gem", "rubygems/configure-rubygems-credentials",
        "rust-lang/crates-io-auth-action", "octo-sts/action", "jfrog/setup-jfrog-cli", "docker/setup-buildx-action",
        "actions/deploy-pages", "cloudflare/wrangler-action", "tailscale/github-action", "hashicorp/setup-terraform",
        "pulumi/auth-actions", "aquasecurity/trivy-action", "slsa-framework/slsa-github-generator",
    ]
    /// Common actions that are known not to request an OIDC token; any other action might.
    private static let nonConsumers: Set<String> = [
        "actions/checkout", "actions/setup-node", "actions/setup-python", "actions/setup-go", "actions/setup-java",
        "actions/setup-dotnet", "actions/cache", "actions/upload-artifact", "actions/download-artifact",
        "actions/github-script", "actions/labeler", "actions/stale", "actions/dependency-review-action",
        "github/codeql-action/init", "github/codeql-action/analyze", "github/codeql-action/upload-sarif",
        "docker/login-action", "docker/build-push-action", "docker/metadata-action", "docker/setup-qemu-action",
    ]
    /// Shell words that request or use an OIDC token from a `run:` step.
    private static let runMarkers = ["ACTIONS_ID_TOKEN_REQUEST", "cosign sign", "cosign attest", "gh attestation", "--provenance",
                                     "trusted-publishing", "-method=jwt", "-method=oidc", "id-token"]

    let description = RuleDescription(
        id: "GHA-OIDC-WITHOUT-CONSUMER", title: "id-token: write granted to a job that uses no OIDC token", severity: .low, cwe: 250,
        checklist: "CI/CD › Least-privilege pipeline credentials",
        rationale: """
            `id-token: write` lets every step of the job mint an OIDC token in the repository's name, which any cloud \
            role trusting the repository accepts. A job that runs no action that uses one (cloud login, Vault, \
            Sigstore signing, attestations, trusted publishing) and no `run:` step that requests one holds that power \
            for nothing: a compromised dependency of the job can use it. Low. Jobs calling a reusable workflow, or \
            running an action not known to be OIDC-free, are not reported.
            """,
        recommendation: "Grant `id-token: write` only to the job that logs in to the cloud or signs, and leave it out of the workflow-level `permissions`.",
        equivalents: [Equivalent(tool: "zizmor", id: "excessive-permissions")],
        triggering: [RuleExample("""
            on: push
            permissions:
              contents: read
            ↓  id-token: write
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
                  - run: npm ci && npm test
              lint:
                runs-on: ubuntu-latest
                permissions:
            ↓      id-token: write
                steps:
                  - run: make lint
            """, path: ".github/workflows/ci.yml")],
        nonTriggering: [RuleExample("""
            on: push
            permissions:
              contents: read
            jobs:
              deploy:
                runs-on: ubuntu-latest
                permissions:
                  contents: read
                  id-token: write
                steps:
                  - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
                    with:
                      role-to-assume: arn:aws:iam::123456789012:role/deploy
                      aws-region: eu-west-1
                  - run: aws s3 sync dist s3://site
              sign:
                runs-on: ubuntu-latest
                permissions:
                  id-token: write
                steps:
                  - run: cosign sign --yes ghcr.io/org/app@sha256:0123
              release:
                permissions:
                  id-token: write
                uses: org/shared/.github/workflows/release.yml@v2
            """, path: ".github/workflows/deploy.yml")])

    func check(_ workflow: Workflow) -> [Violation] {
        let workflowGrant = workflow.root["permissions"].flatMap(Self.idTokenWrite)
        var reported = Set<Int>()
        return workflow.jobs.compactMap { job -> Violation? in
            let own = job.node["permissions"]
            guard let grant = own == nil ? workflowGrant : own.flatMap(Self.idTokenWrite),
                  job.node["uses"] == nil, !job.steps.contains(where: Self.mayUseToken),
                  reported.insert(grant.keyLine).inserted else { return nil }
            return Violation(line: grant.keyLine, message: "Job `\(job.id)` holds `id-token: write` but no step uses an OIDC token.",
                             identity: "\(job.identity)|id-token")
        }
    }

    /// The `id-token: write` entry of a `permissions` block (`write-all` is another rule's finding).
    private static func idTokenWrite(_ permissions: YAMLNode) -> YAMLEntry? {
        permissions.entry("id-token").flatMap { $0.value.string == "write" ? $0 : nil }
    }

    private static func mayUseToken(_ step: WorkflowStep) -> Bool {
        if let action = step.action {
            if action.hasPrefix("./") || action.hasPrefix("docker://") { return true }
            return consumers.contains(action) || !nonConsumers.contains(action)
        }
        guard let run = step.node["run"]?.string else { return false }
        return runMarkers.contains { run.contains($0) }
    }
}

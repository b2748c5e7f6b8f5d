import InfragateParsers

/// Job artifacts that keep credential files: anyone who can read the job downloads them.
struct ArtifactCredentials: Rule {
    /// File names, paths and extensions of files that hold credentials.
    private static let credentialNames: Set<String> = [
        ".env", ".npmrc", ".pypirc", ".netrc", ".git-credentials", "id_rsa", "id_ecdsa", "id_ed25519", "kubeconfig", "credentials.json",
    ]
    private static let credentialPaths = [".kube/config", ".docker/config.json", ".aws/credentials"]
    private static let credentialExtensions = [".tfstate", ".pem", ".key", ".p12", ".pfx", ".jks"]

    let description = RuleDescription(
        id: "GITLAB-ARTIFACT-CREDENTIALS", title: "Credential files kept as job artifacts", severity: .medium, cwe: 538,
        checklist: "CI/CD › Secrets in the vault, exposed only where used",
        rationale: """
            `artifacts: paths` naming `.env`, `.npmrc`, `.docker/config.json`, a kubeconfig, private keys or \
            Terraform state (which holds every secret Terraform read) uploads them with the job: everyone who can \
            see the pipeline (on a public project, everyone) can download them until they expire. Medium.
            """,
        recommendation: "Keep credentials out of artifact paths (pass them to later jobs as masked CI/CD variables), and store Terraform state in a backend, not an artifact.",
        triggering: [RuleExample("""
            build:
              script:
                - echo "TOKEN=$DEPLOY_TOKEN" > .env
                - make
              artifacts:
                paths:
                  - dist/
            ↓      - .env
            plan:
              script: terraform plan -out plan.tfplan
              artifacts:
            ↓    paths: [plan.tfplan, terraform.tfstate]
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            build:
              script: make
              artifacts:
                paths:
                  - dist/
                  - .env.example
                exclude:
                  - dist/**/*.map
            plan:
              script: terraform plan -out plan.tfplan
              artifacts:
                paths: [plan.tfplan]
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.flatMap { scope -> [Violation] in
            guard let paths = scope.node["artifacts"]?["paths"] else { return [] }
            return paths.items.compactMap { item in
                guard let path = item.string, Self.isCredentialFile(path) else { return nil }
                return Violation(line: item.line, message: "\(scope.name) keeps `\(path)` as an artifact.", identity: "\(scope.identity)|artifact:\(path)")
            }
        }
    }

    static func isCredentialFile(_ path: String) -> Bool {
        let lowered = path.lowercased()
        let name = RepositoryPath.name(of: lowered)
        return credentialNames.contains(name)
            || credentialPaths.contains { lowered == $0 || lowered.hasSuffix("/" + $0) }
            || credentialExtensions.contains { name.hasSuffix($0) }
    }
}

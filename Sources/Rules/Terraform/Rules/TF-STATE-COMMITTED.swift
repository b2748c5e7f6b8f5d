import InfragateParsers

/// A Terraform state file in the repository.
struct StateCommittedRule: Rule {
    let description = RuleDescription(
        id: "TF-STATE-COMMITTED", title: "Terraform state file is committed", severity: .high, cwe: 312,
        checklist: "Secrets › State files are protected",
        rationale: "Terraform writes every attribute of every managed resource into its state in clear text: generated database passwords, private keys, access keys, connection strings, whether or not the configuration marks them sensitive. A state file in git is readable by everyone who can clone, forever, in every fork and mirror. High: it is a secret store without access control. The secrets detectors also report each secret value they recognise in it (redacted).",
        recommendation: "Remove the file from the repository and its history, rotate every secret it held, add `*.tfstate` and `*.tfstate.*` to `.gitignore`, and keep state in a remote backend with encryption, locking and restricted access.",
        triggering: [
            RuleExample("""
            ↓{
              "version": 4,
              "terraform_version": "1.9.5",
              "serial": 12,
              "lineage": "3f2b8a6e-1c44-4d2b-9c1e-0a9f6d2e7b10",
              "outputs": {},
              "resources": [
                {"mode": "managed", "type": "random_password", "name": "db", "instances": [{"attributes": {"length": 24}}]}
              ]
            }
            """, path: "infra/terraform.tfstate"),
            RuleExample("↓not even JSON: a truncated or encrypted state is still a state file\n", path: "terraform.tfstate.d/prod/terraform.tfstate.backup"),
        ],
        nonTriggering: [
            RuleExample("""
            terraform {
              backend "s3" {
                bucket         = "acme-tf-state"
                key            = "prod/terraform.tfstate"
                region         = "eu-west-1"
                encrypt        = true
                use_lockfile   = true
              }
            }
            """, path: "infra/backend.tf"),
        ])

    func check(_ state: TerraformState) -> [Violation] {
        let content = state.resourceCount.map { "it lists \($0) resource\($0 == 1 ? "" : "s"), every attribute in clear text" }
            ?? "whatever it holds is readable by everyone who can clone the repository"
        return [Violation(line: 1, message: "Terraform state `\(RepositoryPath.name(of: state.path))` is committed: \(content).", identity: "terraform.state")]
    }
}

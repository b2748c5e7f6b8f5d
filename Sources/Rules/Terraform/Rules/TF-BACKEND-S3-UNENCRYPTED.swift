/// Terraform state in S3 without server-side encryption.
struct BackendS3EncryptionRule: Rule {
    let description = RuleDescription(
        id: "TF-BACKEND-S3-UNENCRYPTED", title: "S3 state backend does not encrypt the state", severity: .high, cwe: 311,
        checklist: "Secrets › State files are protected",
        rationale: "Terraform state holds every resource attribute in clear text, including generated passwords and keys. High: whoever reads the state object reads those secrets.",
        recommendation: "Set `encrypt = true` in the `backend \"s3\"` block (and `kms_key_id` for a customer-managed key).",
        triggering: [
            """
            terraform {
            ↓  backend "s3" {
                bucket = "tf-state"
                key    = "prod/terraform.tfstate"
                region = "eu-west-1"
              }
            }
            """,
        ],
        nonTriggering: [
            """
            terraform {
              backend "s3" {
                bucket  = "tf-state"
                key     = "prod/terraform.tfstate"
                region  = "eu-west-1"
                encrypt = true
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.topLevelBlocks(ofType: "terraform").flatMap { terraform, path in
            terraform.blocks("backend").filter { $0.labels == ["s3"] }.compactMap { backend -> Violation? in
                let encrypt = backend.attribute("encrypt")
                if let encrypt, module.evaluate(encrypt.expression).boolValue != false { return nil }
                return Violation(
                    line: encrypt?.line ?? backend.line, message: "backend \"s3\" stores the state without `encrypt = true`.",
                    identity: "terraform.backend.s3|encrypt", path: path)
            }
        }
    }
}

/// Terraform state in S3 without the encryption Terraform asks for.
struct BackendS3EncryptionRule: Rule {
    let description = RuleDescription(
        id: "TF-BACKEND-S3-UNENCRYPTED", title: "S3 state backend does not ask for encryption", severity: .medium, cwe: 311,
        checklist: "Secrets › State files are protected",
        rationale: "Terraform state holds every resource attribute in clear text, including generated passwords and keys. Without `encrypt = true` Terraform does not ask S3 to encrypt the state object, so its protection at rest is whatever the bucket's default is: SSE-S3 for buckets since January 2023 unless changed, and never a key whose use you control and audit. Medium: the bucket default usually encrypts it; the finding is that the backend does not make sure.",
        recommendation: "Set `encrypt = true` in the `backend \"s3\"` block, and `kms_key_id` for a customer-managed key.",
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
            """
            terraform {
              backend "s3" {
                bucket  = "tf-state"
                key     = "prod/terraform.tfstate"
            ↓    encrypt = false
              }
            }
            """,
        ],
        nonTriggering: [
            """
            terraform {
              backend "s3" {
                bucket       = "tf-state"
                key          = "prod/terraform.tfstate"
                region       = "eu-west-1"
                encrypt      = true
                kms_key_id   = "alias/tf-state"
                use_lockfile = true
              }
            }
            """,
            """
            terraform {
              # Partial configuration: `terraform init -backend-config=prod.s3.tfbackend` supplies it.
              backend "s3" {}
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.topLevelBlocks(ofType: "terraform").flatMap { terraform, path in
            terraform.blocks("backend").filter { $0.labels == ["s3"] && !$0.body.attributes.isEmpty }.compactMap { backend -> Violation? in
                let encrypt = backend.attribute("encrypt")
                if let encrypt, module.evaluate(encrypt.expression).boolValue != false { return nil }
                return Violation(
                    line: encrypt?.line ?? backend.line,
                    message: "backend \"s3\" does not set `encrypt = true`: the state's encryption at rest is left to the bucket's default.",
                    identity: "terraform.backend.s3|encrypt", path: path)
            }
        }
    }
}

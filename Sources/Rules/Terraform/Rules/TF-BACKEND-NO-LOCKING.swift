/// A remote state backend that does not lock the state.
struct BackendLockingRule: Rule {
    let description = RuleDescription(
        id: "TF-BACKEND-NO-LOCKING", title: "State backend does not lock the state", severity: .medium, cwe: 667,
        checklist: "Secrets › State files are protected",
        rationale: "Without a lock two runs (a pipeline and a person, two merge pipelines) can apply at once: each writes the state it read, so one run's resources drop out of the state, and the next apply recreates or destroys them. Medium: it corrupts infrastructure rather than exposing it. The `s3` backend locks only with `use_lockfile = true` (Terraform 1.10+) or a `dynamodb_table`; the `http` backend only with a `lock_address`. `gcs`, `azurerm`, `consul`, `pg`, `kubernetes` and `local` lock by themselves.",
        recommendation: "For `s3`, set `use_lockfile = true` (or `dynamodb_table`); for `http`, set `lock_address` and `unlock_address`.",
        triggering: [
            """
            terraform {
            ↓  backend "s3" {
                bucket  = "acme-tf-state"
                key     = "prod/terraform.tfstate"
                region  = "eu-west-1"
                encrypt = true
              }
            }
            """,
            """
            terraform {
              backend "s3" {
                bucket       = "acme-tf-state"
                key          = "prod/terraform.tfstate"
                encrypt      = true
            ↓    use_lockfile = false
              }
            }
            """,
            """
            terraform {
            ↓  backend "http" {
                address = "https://gitlab.example.com/api/v4/projects/42/terraform/state/prod"
              }
            }
            """,
        ],
        nonTriggering: [
            """
            terraform {
              backend "s3" {
                bucket       = "acme-tf-state"
                key          = "prod/terraform.tfstate"
                encrypt      = true
                use_lockfile = true
              }
            }
            """,
            """
            terraform {
              backend "s3" {
                bucket         = "acme-tf-state"
                key            = "prod/terraform.tfstate"
                encrypt        = true
                dynamodb_table = "tf-locks"
              }
            }
            """,
            """
            terraform {
              backend "http" {
                address        = "https://gitlab.example.com/api/v4/projects/42/terraform/state/prod"
                lock_address   = "https://gitlab.example.com/api/v4/projects/42/terraform/state/prod/lock"
                unlock_address = "https://gitlab.example.com/api/v4/projects/42/terraform/state/prod/lock"
              }
            }
            """,
            """
            terraform {
              backend "gcs" {
                bucket = "acme-tf-state"
                prefix = "prod"
              }
            }
            """,
            """
            terraform {
              # Settings given at `terraform init -backend-config=prod.s3.tfbackend` are not in the file.
              backend "s3" {}
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.topLevelBlocks(ofType: "terraform").flatMap { terraform, path in
            terraform.blocks("backend").compactMap { backend -> Violation? in
                switch backend.labels {
                case ["s3"]:
                    // An empty block is configured at `init` (partial configuration): nothing to judge.
                    guard !backend.body.attributes.isEmpty else { return nil }
                    if backend.attribute("dynamodb_table") != nil { return nil }
                    let lockfile = backend.attribute("use_lockfile")
                    if let lockfile, module.evaluate(lockfile.expression).boolValue != false { return nil }
                    return Violation(line: lockfile?.line ?? backend.line,
                                     message: "backend \"s3\" does not lock the state: no `use_lockfile = true` and no `dynamodb_table`.",
                                     identity: "terraform.backend.s3|lock", path: path)
                case ["http"]:
                    guard !backend.body.attributes.isEmpty, backend.attribute("lock_address") == nil else { return nil }
                    return Violation(line: backend.line, message: "backend \"http\" does not lock the state: no `lock_address`.",
                                     identity: "terraform.backend.http|lock", path: path)
                default:
                    return nil
                }
            }
        }
    }
}

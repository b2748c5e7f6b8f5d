/// User-managed service account keys: long-lived credentials that leave Google's control.
struct GCPServiceAccountKeyRule: Rule {
    let description = RuleDescription(
        id: "GCP-IAM-SA-USER-KEY", title: "Service account has a user-managed key", severity: .medium, cwe: 798,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Identity › Short-lived credentials instead of static passwords",
        rationale: "A `google_service_account_key` is a private key valid until it is deleted (ten years by default); it ends up in the Terraform state, CI variables and laptops, and leaks from there. Medium: it is the most common way GCP credentials leak.",
        recommendation: "Use Workload Identity (GKE), Workload Identity Federation (CI, other clouds) or attached service accounts instead of keys; block key creation with the `iam.disableServiceAccountKeyCreation` organisation policy.",
        triggering: [
            """
            ↓resource "google_service_account_key" "ci" {
              service_account_id = google_service_account.ci.name
            }
            """,
        ],
        nonTriggering: [
            """
            resource "google_iam_workload_identity_pool_provider" "github" {
              workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
              workload_identity_pool_provider_id = "github"
              attribute_condition                = "assertion.repository == 'example/app'"
              oidc {
                issuer_uri = "https://token.actions.githubusercontent.com"
              }
            }

            resource "google_service_account_iam_member" "ci" {
              service_account_id = google_service_account.ci.name
              role               = "roles/iam.workloadIdentityUser"
              member             = "principalSet://iam.googleapis.com/${google_iam_workload_identity_pool.ci.name}/attribute.repository/example/app"
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "google_service_account_key").map { key in
            key.violation(message: "\(key.address) creates a long-lived key for a service account.", detail: "key")
        }
    }
}

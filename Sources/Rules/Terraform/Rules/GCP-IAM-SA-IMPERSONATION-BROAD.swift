extension GCPIAMGrantRule {
    static let gcpServiceAccountImpersonation = GCPIAMGrantRule(
        description: RuleDescription(
            id: "GCP-IAM-SA-IMPERSONATION-BROAD", title: "Service Account User or Token Creator granted on a project, folder or organisation", severity: .high, cwe: 269,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Least privilege",
            rationale: "Granted at project level or above, Service Account User and Token Creator let the member act as every service account below, including ones with far more rights. High: a privilege-escalation path.",
            recommendation: "Grant these roles on the one service account that needs impersonating (`google_service_account_iam_member`).",
            equivalents: [.checkov("CKV_GCP_41"), .checkov("CKV_GCP_49"), .checkov("CKV_GCP_44"), .checkov("CKV_GCP_45"), .kics("Google Project IAM Member Service Account has Token Creator or Account User Role")],
            triggering: [
                """
                resource "google_project_iam_member" "deployer" {
                  project = var.project
                  role    = "roles/iam.serviceAccountTokenCreator"
                ↓  member  = "group:deployers@example.com"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_service_account_iam_member" "deployer" {
                  service_account_id = google_service_account.runtime.name
                  role               = "roles/iam.serviceAccountTokenCreator"
                  member             = "group:deployers@example.com"
                }
                """,
            ]),
        targets: { GCPIAMGrant.hierarchyTargets.contains($0) },
        isRisky: { role, _ in ["roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"].contains(role ?? "") },
        problem: "(it can act as every service account below)")
}

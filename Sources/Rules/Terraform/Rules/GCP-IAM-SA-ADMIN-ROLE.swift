extension GCPIAMGrantRule {
    static let gcpServiceAccountAdminRole = GCPIAMGrantRule(
        description: RuleDescription(
            id: "GCP-IAM-SA-ADMIN-ROLE", title: "Service account holds an owner, editor or admin role on a project, folder or organisation", severity: .high, cwe: 269,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Least privilege",
            rationale: "A workload identity with Owner, Editor or an `*Admin` role turns any compromise of the workload (an SSRF, a leaked key) into control of the project. High.",
            recommendation: "Grant the service account only the predefined roles its workload calls, on the resources it needs.",
            equivalents: [.checkov("CKV_GCP_42"), .kics("Google Project IAM Member Service Account Has Admin Role")],
            triggering: [
                """
                resource "google_project_iam_member" "ci" {
                  project = var.project
                  role    = "roles/editor"
                ↓  member  = "serviceAccount:ci@app.iam.gserviceaccount.com"
                }
                """,
                """
                resource "google_project_iam_member" "ci" {
                  project = var.project
                  role    = "roles/iam.securityAdmin"
                ↓  member  = "serviceAccount:ci@app.iam.gserviceaccount.com"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_project_iam_member" "ci" {
                  project = var.project
                  role    = "roles/artifactregistry.writer"
                  member  = "serviceAccount:ci@app.iam.gserviceaccount.com"
                }
                """,
            ]),
        targets: { GCPIAMGrant.hierarchyTargets.contains($0) },
        isRisky: { role, member in
            guard member.hasPrefix("serviceAccount:"), let role else { return false }
            return ["roles/owner", "roles/editor"].contains(role) || role.lowercased().hasSuffix("admin")
        }, problem: "(a workload identity with administrative rights)")
}

extension GCPIAMGrantRule {
    static let gcpDefaultServiceAccountGrant = GCPIAMGrantRule(
        description: RuleDescription(
            id: "GCP-IAM-DEFAULT-SA-GRANT", title: "Default service account is granted roles on a project, folder or organisation", severity: .medium, cwe: 269,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Least privilege",
            rationale: "The Compute Engine and App Engine default service accounts are used by every instance and app that does not name another, so a role granted to them is granted to all those workloads. Medium.",
            recommendation: "Create a dedicated service account for the workload and grant the role to it.",
            equivalents: [.checkov("CKV_GCP_46"), .checkov("CKV_GCP_47"), .checkov("CKV_GCP_48")],
            triggering: [
                """
                resource "google_project_iam_member" "compute" {
                  project = var.project
                  role    = "roles/storage.objectAdmin"
                ↓  member  = "serviceAccount:123456789-compute@developer.gserviceaccount.com"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_project_iam_member" "compute" {
                  project = var.project
                  role    = "roles/storage.objectAdmin"
                  member  = "serviceAccount:uploader@app.iam.gserviceaccount.com"
                }
                """,
            ]),
        targets: { GCPIAMGrant.hierarchyTargets.contains($0) },
        isRisky: { _, member in
            member.hasPrefix("serviceAccount:")
                && (member.hasSuffix("-compute@developer.gserviceaccount.com") || member.hasSuffix("@appspot.gserviceaccount.com"))
        }, problem: "(every workload without its own account gets it)")
}

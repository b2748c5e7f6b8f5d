extension GCPIAMGrantRule {
    static let gcpPrimitiveRole = GCPIAMGrantRule(
        description: RuleDescription(
            id: "GCP-IAM-PRIMITIVE-ROLE", title: "User or group holds the Owner or Editor role on a project, folder or organisation", severity: .high, cwe: 269,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Least privilege",
            rationale: "Owner and Editor are basic roles that grant change rights over almost every service of everything below them; a phished account holding one controls the whole project. High.",
            recommendation: "Grant predefined or custom roles scoped to the job (e.g. `roles/compute.admin` on the project that needs it).",
            equivalents: [.checkov("CKV_GCP_117"), .checkov("CKV_GCP_116"), .checkov("CKV_GCP_115")],
            triggering: [
                """
                resource "google_project_iam_member" "dev" {
                  project = var.project
                  role    = "roles/editor"
                ↓  member  = "user:dev@example.com"
                }
                """,
                """
                resource "google_organization_iam_binding" "admins" {
                  org_id  = var.org_id
                  role    = "roles/owner"
                ↓  members = ["group:admins@example.com"]
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_project_iam_member" "dev" {
                  project = var.project
                  role    = "roles/compute.instanceAdmin.v1"
                  member  = "user:dev@example.com"
                }
                """,
            ]),
        targets: { GCPIAMGrant.hierarchyTargets.contains($0) },
        isRisky: { role, member in
            ["roles/owner", "roles/editor"].contains(role ?? "") && ["user:", "group:", "domain:"].contains { member.hasPrefix($0) }
        }, problem: "(a basic role over everything below it)")
}

extension GCPIAMGrantRule {
    static let gcpPersonalAccount = GCPIAMGrantRule(
        description: RuleDescription(
            id: "GCP-IAM-PERSONAL-ACCOUNT", title: "IAM grant to a personal Gmail account", severity: .medium, cwe: 285,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Access is granted to managed identities",
            rationale: "A `@gmail.com` account is outside the organisation: its password policy, 2-step verification and offboarding are not yours. Medium.",
            recommendation: "Grant roles to accounts of your Cloud Identity or Workspace domain, preferably through groups.",
            equivalents: [.kics("Not Proper Email Account In Use")],
            triggering: [
                """
                resource "google_project_iam_member" "contractor" {
                  project = var.project
                  role    = "roles/viewer"
                ↓  member  = "user:someone@gmail.com"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_project_iam_member" "contractor" {
                  project = var.project
                  role    = "roles/viewer"
                  member  = "user:contractor@example.com"
                }
                """,
            ]),
        targets: { _ in true },
        isRisky: { _, member in member.lowercased().hasPrefix("user:") && member.lowercased().hasSuffix("@gmail.com") },
        problem: "(an account outside the organisation)")
}

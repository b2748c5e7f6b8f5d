extension ResourceSettingRule {
    static let gcpGKELegacyABAC = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-LEGACY-ABAC", title: "GKE cluster enables legacy ABAC", severity: .high, cwe: 285,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Kubernetes › Access is authorised by RBAC",
            rationale: "Legacy attribute-based access control grants broad static permissions that RBAC cannot restrict, e.g. to every service account. High: it defeats RBAC.",
            recommendation: "Remove `enable_legacy_abac = true` (the default is false).",
            equivalents: [.checkov("CKV_GCP_7"), .kics("Legacy Authorization Enabled")],
            triggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                ↓  enable_legacy_abac = true
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  enable_legacy_abac = false
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster"], setting: ["enable_legacy_abac"],
        expectation: .never([.bool(true)]), problem: "authorises requests with legacy ABAC")
}

extension ResourceSettingRule {
    static let gcpGKEClientCertificate = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-CLIENT-CERTIFICATE", title: "GKE cluster issues a client certificate", severity: .medium, cwe: 287,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › Short-lived credentials instead of static passwords",
            rationale: "The issued client certificate is a cluster-admin credential that cannot be revoked short of rotating the cluster CA. Medium.",
            recommendation: "Remove `issue_client_certificate = true`; authenticate with Google identities (`gcloud container clusters get-credentials`).",
            equivalents: [.checkov("CKV_GCP_13"), .kics("Legacy Client Certificate Auth Enabled")],
            triggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  master_auth {
                    client_certificate_config {
                ↓      issue_client_certificate = true
                    }
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  master_auth {
                    client_certificate_config {
                      issue_client_certificate = false
                    }
                  }
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster"], setting: ["master_auth", "client_certificate_config", "issue_client_certificate"],
        expectation: .never([.bool(true)]), problem: "issues a non-revocable admin certificate")
}

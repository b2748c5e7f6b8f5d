extension ResourceSettingRule {
    static let gcpProjectOSLogin = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-PROJECT-NO-OS-LOGIN", title: "Project metadata does not enable OS Login", severity: .medium, cwe: 284,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Compute › Remote access goes through controlled channels",
            rationale: "Without `enable-oslogin` at project level, instances accept SSH keys from metadata, which are not tied to IAM identities and are not revoked when people leave. Medium.",
            recommendation: "Set `metadata = { enable-oslogin = \"TRUE\" }` in `google_compute_project_metadata` (or enforce `compute.requireOsLogin` by organisation policy).",
            equivalents: [.checkov("CKV_GCP_33"), .kics("OSLogin Disabled")],
            triggering: [
                """
                resource "google_compute_project_metadata" "default" {
                  metadata = {
                ↓    enable-oslogin = "FALSE"
                  }
                }
                """,
                """
                ↓resource "google_compute_project_metadata" "default" {
                  metadata = {
                    serial-port-logging-enable = "TRUE"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_project_metadata" "default" {
                  metadata = {
                    enable-oslogin = "TRUE"
                  }
                }
                """,
            ]),
        resourceTypes: ["google_compute_project_metadata"], setting: ["metadata", "enable-oslogin"],
        expectation: .explicitly([.string("true")]), problem: "lets instances accept metadata SSH keys")
}

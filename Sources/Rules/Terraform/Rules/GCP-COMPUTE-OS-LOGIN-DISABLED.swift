extension ResourceSettingRule {
    static let gcpComputeOSLoginDisabled = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-COMPUTE-OS-LOGIN-DISABLED", title: "Instance turns OS Login off", severity: .medium, cwe: 284,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Compute › Remote access goes through controlled channels",
            rationale: "OS Login ties SSH access to IAM identities (revocable, audited, with 2-step verification); `enable-oslogin = FALSE` on an instance overrides the project setting and falls back to metadata SSH keys. Medium.",
            recommendation: "Remove the override, or set `enable-oslogin = \"TRUE\"` in the instance metadata.",
            equivalents: [.checkov("CKV_GCP_34"), .kics("OSLogin Is Disabled For VM Instance")],
            triggering: [
                """
                resource "google_compute_instance" "vm" {
                  name         = "vm"
                  machine_type = "e2-medium"
                  zone         = "europe-west1-b"
                  metadata = {
                ↓    enable-oslogin = "FALSE"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_instance" "vm" {
                  name         = "vm"
                  machine_type = "e2-medium"
                  zone         = "europe-west1-b"
                  metadata = {
                    enable-oslogin = "TRUE"
                  }
                }
                """,
            ]),
        resourceTypes: ["google_compute_instance", "google_compute_instance_template"], setting: ["metadata", "enable-oslogin"],
        expectation: .never([.string("false")]), problem: "turns OS Login off")
}

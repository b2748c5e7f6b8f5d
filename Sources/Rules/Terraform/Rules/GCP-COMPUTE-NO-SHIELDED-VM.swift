extension ResourceSettingRule {
    static let gcpComputeShieldedVM = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-COMPUTE-NO-SHIELDED-VM", title: "Instance has no Secure Boot", severity: .low, cwe: 693,
            checklist: "Compute › Instances boot only verified software",
            rationale: "Shielded VM Secure Boot refuses unsigned boot loaders and kernels, so boot-level malware (rootkits) cannot persist; it is off by default. Low.",
            recommendation: "Add `shielded_instance_config { enable_secure_boot = true, enable_vtpm = true, enable_integrity_monitoring = true }`.",
            equivalents: [.checkov("CKV_GCP_39"), .kics("Shielded VM Disabled")],
            triggering: [
                """
                ↓resource "google_compute_instance" "vm" {
                  name         = "vm"
                  machine_type = "e2-medium"
                  zone         = "europe-west1-b"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_instance" "vm" {
                  name         = "vm"
                  machine_type = "e2-medium"
                  zone         = "europe-west1-b"
                  shielded_instance_config {
                    enable_secure_boot          = true
                    enable_vtpm                 = true
                    enable_integrity_monitoring = true
                  }
                }
                """,
            ]),
        resourceTypes: ["google_compute_instance", "google_compute_instance_template"], setting: ["shielded_instance_config", "enable_secure_boot"],
        expectation: .explicitly([.bool(true)]), problem: "boots without Secure Boot")
}

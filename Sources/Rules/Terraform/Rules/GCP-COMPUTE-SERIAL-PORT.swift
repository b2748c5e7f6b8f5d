extension ResourceSettingRule {
    static let gcpSerialPort = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-COMPUTE-SERIAL-PORT", title: "Compute instance enables the interactive serial console", severity: .medium, cwe: 284,
            checklist: "Compute › Remote access goes through controlled channels",
            rationale: "The serial console accepts connections from any IP address and bypasses firewall rules. Medium: it still needs SSH keys or a password.",
            recommendation: "Remove `serial-port-enable` from the metadata (or set it to false).",
            equivalents: [.checkov("CKV_GCP_35")],
            triggering: [
                """
                resource "google_compute_instance" "vm" {
                  name = "vm"
                  metadata = {
                ↓    serial-port-enable = "true"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_instance" "vm" {
                  name = "vm"
                  metadata = {
                    enable-oslogin = "TRUE"
                  }
                }
                """,
            ]),
        resourceTypes: ["google_compute_instance"], setting: ["metadata", "serial-port-enable"],
        expectation: .never([.bool(true)]), problem: "exposes the interactive serial console")
}

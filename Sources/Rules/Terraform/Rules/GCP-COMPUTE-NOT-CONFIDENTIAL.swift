extension ResourceSettingRule {
    static let gcpComputeConfidential = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-COMPUTE-NOT-CONFIDENTIAL", title: "Instance is not a Confidential VM", severity: .info, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in use is protected where required",
            rationale: "Confidential VMs keep memory encrypted with a key the hypervisor cannot read. Informational: only workloads whose threat model includes the host need it, and it requires supported machine types.",
            recommendation: "For sensitive workloads, add `confidential_instance_config { enable_confidential_compute = true }` on an N2D/C2D/C3 machine type.",
            equivalents: [],
            triggering: [
                """
                ↓resource "google_compute_instance" "vm" {
                  name         = "vm"
                  machine_type = "n2d-standard-2"
                  zone         = "europe-west1-b"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_instance" "vm" {
                  name         = "vm"
                  machine_type = "n2d-standard-2"
                  zone         = "europe-west1-b"
                  confidential_instance_config {
                    enable_confidential_compute = true
                  }
                }
                """,
            ]),
        resourceTypes: ["google_compute_instance", "google_compute_instance_template"], setting: ["confidential_instance_config", "enable_confidential_compute"],
        expectation: .explicitly([.bool(true)]), problem: "keeps its memory readable by the host")
}

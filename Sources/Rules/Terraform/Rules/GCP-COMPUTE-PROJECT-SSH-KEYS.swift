extension ResourceSettingRule {
    static let gcpComputeProjectSSHKeys = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-COMPUTE-PROJECT-SSH-KEYS", title: "Instance accepts project-wide SSH keys", severity: .medium, cwe: 284,
            checklist: "Compute › Remote access goes through controlled channels",
            rationale: "Project-wide SSH keys open every instance of the project to whoever holds one of them; one leaked key reaches all machines. Medium.",
            recommendation: "Set `metadata = { block-project-ssh-keys = true }` (or use OS Login).",
            equivalents: [.checkov("CKV_GCP_32"), .kics("Project-wide SSH Keys Are Enabled In VM Instances")],
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
                  metadata = {
                    block-project-ssh-keys = true
                  }
                }
                """,
            ]),
        resourceTypes: ["google_compute_instance", "google_compute_instance_template"], setting: ["metadata", "block-project-ssh-keys"],
        expectation: .explicitly([.string("true")]), problem: "accepts project-wide SSH keys")
}

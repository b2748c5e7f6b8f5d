extension ResourceSettingRule {
    static let gcpComputeIPForwarding = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-COMPUTE-IP-FORWARDING", title: "Instance can forward IP packets", severity: .medium, cwe: 923,
            checklist: "Network exposure › Workloads run in purpose-built networks",
            rationale: "With `can_ip_forward`, the instance may send and receive packets for addresses that are not its own, so a compromised instance can route around firewall rules and spoof traffic. Medium: only routers and NAT appliances need it.",
            recommendation: "Remove `can_ip_forward = true` unless the instance is a network appliance.",
            equivalents: [.checkov("CKV_GCP_36"), .kics("IP Forwarding Enabled")],
            triggering: [
                """
                resource "google_compute_instance" "vm" {
                  name         = "vm"
                  machine_type = "e2-medium"
                  zone         = "europe-west1-b"
                ↓  can_ip_forward = true
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_instance" "vm" {
                  name         = "vm"
                  machine_type = "e2-medium"
                  zone         = "europe-west1-b"
                  can_ip_forward = false
                }
                """,
            ]),
        resourceTypes: ["google_compute_instance", "google_compute_instance_template"], setting: ["can_ip_forward"],
        expectation: .never([.bool(true)]), problem: "forwards packets for other addresses")
}

extension RequiredSettingRule {
    static let gcpSubnetFlowLogs = RequiredSettingRule(
        description: RuleDescription(
            id: "GCP-SUBNET-NO-FLOW-LOGS", title: "Subnetwork has no VPC flow logs", severity: .low, cwe: 778,
            checklist: "Logging › Network traffic is logged",
            rationale: "Without flow logs there is no record of which addresses talked to which workloads, so an intrusion or exfiltration cannot be traced. Low: it weakens investigation, not prevention.",
            recommendation: "Add a `log_config { aggregation_interval = \"INTERVAL_5_SEC\", flow_sampling = 0.5, metadata = \"INCLUDE_ALL_METADATA\" }` block.",
            equivalents: [.checkov("CKV_GCP_26"), .kics("Google Compute Subnetwork Logging Disabled")],
            triggering: [
                """
                ↓resource "google_compute_subnetwork" "app" {
                  name          = "app"
                  ip_cidr_range = "10.0.0.0/24"
                  network       = google_compute_network.main.id
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_subnetwork" "app" {
                  name          = "app"
                  ip_cidr_range = "10.0.0.0/24"
                  network       = google_compute_network.main.id
                  log_config {
                    aggregation_interval = "INTERVAL_5_SEC"
                    flow_sampling        = 0.5
                  }
                }
                """,
            ]),
        resourceTypes: ["google_compute_subnetwork"], alternatives: [["log_config"]],
        problem: "records no flow logs")
}

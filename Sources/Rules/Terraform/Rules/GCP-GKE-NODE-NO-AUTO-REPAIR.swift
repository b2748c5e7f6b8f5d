extension ResourceSettingRule {
    static let gcpGKENodeAutoRepair = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-NODE-NO-AUTO-REPAIR", title: "GKE node pool has automatic repair off", severity: .low, cwe: 693,
            checklist: "Kubernetes › Nodes are hardened",
            rationale: "Without auto-repair, unhealthy nodes stay in the pool, and workloads crowd onto the remaining nodes. Low: availability.",
            recommendation: "Remove `auto_repair = false` from `management` (the default is true).",
            equivalents: [.checkov("CKV_GCP_9"), .kics("Google Container Node Pool Auto Repair Disabled")],
            triggering: [
                """
                resource "google_container_node_pool" "workers" {
                  cluster = google_container_cluster.main.id
                  management {
                ↓    auto_repair  = false
                    auto_upgrade = true
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_container_node_pool" "workers" {
                  cluster = google_container_cluster.main.id
                  management {
                    auto_repair  = true
                    auto_upgrade = true
                  }
                }
                """,
            ]),
        resourceTypes: ["google_container_node_pool"], setting: ["management", "auto_repair"],
        expectation: .never([.bool(false)]), problem: "does not replace unhealthy nodes")
}

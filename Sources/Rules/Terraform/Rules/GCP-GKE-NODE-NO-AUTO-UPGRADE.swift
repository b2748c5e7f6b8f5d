extension ResourceSettingRule {
    static let gcpGKENodeAutoUpgrade = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-NODE-NO-AUTO-UPGRADE", title: "GKE node pool has automatic upgrades off", severity: .medium, cwe: 1104,
            owasp: "A06:2021 Vulnerable and Outdated Components",
            checklist: "Kubernetes › Clusters stay on supported versions",
            rationale: "Nodes that do not upgrade keep known kubelet and kernel vulnerabilities after the control plane is patched. Medium.",
            recommendation: "Remove `auto_upgrade = false` from `management` (the default is true).",
            equivalents: [.checkov("CKV_GCP_10")],
            triggering: [
                """
                resource "google_container_node_pool" "workers" {
                  cluster = google_container_cluster.main.id
                  management {
                    auto_repair  = true
                ↓    auto_upgrade = false
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
        resourceTypes: ["google_container_node_pool"], setting: ["management", "auto_upgrade"],
        expectation: .never([.bool(false)]), problem: "keeps nodes on unpatched versions")
}

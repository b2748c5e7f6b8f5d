extension ResourceSettingRule {
    static let gcpGKENodeImage = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-NODE-NOT-COS", title: "GKE nodes do not run Container-Optimized OS", severity: .low, cwe: 1188,
            checklist: "Kubernetes › Nodes are hardened",
            rationale: "Container-Optimized OS has a read-only root file system, verified boot and automatic patches; Ubuntu images need all of that maintained by you. Low.",
            recommendation: "Use `image_type = \"COS_CONTAINERD\"` (the default) unless a workload needs another image.",
            equivalents: [.checkov("CKV_GCP_22"), .kics("COS Node Image Not Used")],
            triggering: [
                """
                resource "google_container_node_pool" "workers" {
                  cluster = google_container_cluster.main.id
                  node_config {
                ↓    image_type = "UBUNTU_CONTAINERD"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_container_node_pool" "workers" {
                  cluster = google_container_cluster.main.id
                  node_config {
                    image_type = "COS_CONTAINERD"
                  }
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster", "google_container_node_pool"], setting: ["node_config", "image_type"],
        expectation: .never([.string("UBUNTU"), .string("UBUNTU_CONTAINERD")]), problem: "runs a general-purpose node image")
}

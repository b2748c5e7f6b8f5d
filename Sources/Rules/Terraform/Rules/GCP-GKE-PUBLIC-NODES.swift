extension ResourceSettingRule {
    static let gcpGKEPrivateNodes = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-PUBLIC-NODES", title: "GKE cluster nodes have public IP addresses", severity: .medium, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "Without private nodes, every node gets an external address, so kubelets, NodePorts and host services are one firewall mistake from the internet. Medium.",
            recommendation: "Add `private_cluster_config { enable_private_nodes = true, master_ipv4_cidr_block = \"172.16.0.0/28\" }` and reach the internet through Cloud NAT.",
            equivalents: [.checkov("CKV_GCP_64"), .kics("GKE Private Nodes Disabled")],
            triggering: [
                """
                ↓resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  private_cluster_config {
                    enable_private_nodes    = true
                    master_ipv4_cidr_block  = "172.16.0.0/28"
                  }
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster"], setting: ["private_cluster_config", "enable_private_nodes"],
        expectation: .explicitly([.bool(true)]), problem: "gives its nodes public addresses", inheritedThrough: ["enable_autopilot"])
}

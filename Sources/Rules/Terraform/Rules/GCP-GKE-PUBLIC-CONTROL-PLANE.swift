extension RequiredSettingRule {
    static let gcpGKEPublicControlPlane = RequiredSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-PUBLIC-CONTROL-PLANE", title: "GKE control plane is reachable from any address", severity: .high, cwe: 284,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Network exposure › Control planes are not reachable from the internet",
            rationale: "With a public endpoint and no master authorised networks, the Kubernetes API answers the whole internet; only authentication stands between it and every API vulnerability. High.",
            recommendation: "Add `master_authorized_networks_config { cidr_blocks { cidr_block = \"203.0.113.0/24\" } }`, or a private endpoint (`private_cluster_config { enable_private_endpoint = true }`).",
            equivalents: [.checkov("CKV_GCP_20"), .checkov("CKV_GCP_18"), .kics("Master Authorized Networks Disabled")],
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
                  master_authorized_networks_config {
                    cidr_blocks {
                      cidr_block   = "203.0.113.0/24"
                      display_name = "office"
                    }
                  }
                }
                """,
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  private_cluster_config {
                    enable_private_nodes    = true
                    enable_private_endpoint = true
                  }
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster"], alternatives: [["master_authorized_networks_config"], ["private_cluster_config", "enable_private_endpoint"]],
        problem: "answers Kubernetes API requests from any address")
}

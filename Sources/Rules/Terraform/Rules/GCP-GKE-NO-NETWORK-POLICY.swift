extension ResourceSettingRule {
    static let gcpGKENetworkPolicy = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-NO-NETWORK-POLICY", title: "GKE cluster does not enforce network policies", severity: .medium, cwe: 923,
            checklist: "Kubernetes › Workloads are isolated by network policy",
            rationale: "Without network policy enforcement, NetworkPolicy objects are accepted and silently ignored: every pod can reach every other. Medium.",
            recommendation: "Add `network_policy { enabled = true }` (with the `network_policy_config` add-on), or use Dataplane V2 (`datapath_provider = \"ADVANCED_DATAPATH\"`).",
            equivalents: [.checkov("CKV_GCP_12"), .kics("Network Policy Disabled")],
            triggering: [
                """
                ↓resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                }
                """,
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  network_policy {
                ↓    enabled = false
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  network_policy {
                    enabled = true
                  }
                }
                """,
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  datapath_provider = "ADVANCED_DATAPATH"
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster"], setting: ["network_policy", "enabled"],
        expectation: .explicitly([.bool(true)]), problem: "ignores NetworkPolicy objects", inheritedThrough: ["datapath_provider", "enable_autopilot"])
}

extension ResourceSettingRule {
    static let gcpGKEShieldedNodes = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-NO-SHIELDED-NODES", title: "GKE cluster turns shielded nodes off", severity: .medium, cwe: 693,
            checklist: "Kubernetes › Nodes are hardened",
            rationale: "Shielded nodes prove their identity to the control plane, so a compromised pod cannot impersonate a node with stolen bootstrap credentials. Medium.",
            recommendation: "Remove `enable_shielded_nodes = false` (the default is true).",
            equivalents: [.checkov("CKV_GCP_71"), .kics("Shielded GKE Nodes Disabled")],
            triggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                ↓  enable_shielded_nodes = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  enable_shielded_nodes = true
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster"], setting: ["enable_shielded_nodes"],
        expectation: .never([.bool(false)]), problem: "does not verify its nodes")
}

extension ResourceSettingRule {
    static let gcpGKELegacyMetadata = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-LEGACY-METADATA", title: "GKE nodes serve the legacy metadata endpoints", severity: .high, cwe: 918,
            checklist: "Compute › Instance credentials are protected from SSRF",
            rationale: "The legacy metadata endpoints (`/v1beta1`, `/0.1`) answer without the `Metadata-Flavor` header, so a server-side request forgery in any pod reads the node credentials and kubelet bootstrap data. High.",
            recommendation: "Remove `disable-legacy-endpoints = \"false\"` from the node metadata (the default is true).",
            equivalents: [],
            triggering: [
                """
                resource "google_container_node_pool" "workers" {
                  cluster = google_container_cluster.main.id
                  node_config {
                    metadata = {
                ↓      disable-legacy-endpoints = "false"
                    }
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_container_node_pool" "workers" {
                  cluster = google_container_cluster.main.id
                  node_config {
                    metadata = {
                      disable-legacy-endpoints = "true"
                    }
                  }
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster", "google_container_node_pool"], setting: ["node_config", "metadata", "disable-legacy-endpoints"],
        expectation: .never([.string("false")]), problem: "serves node credentials without the metadata header")
}

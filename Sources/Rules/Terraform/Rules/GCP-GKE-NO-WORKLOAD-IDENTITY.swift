extension ResourceSettingRule {
    static let gcpGKEWorkloadIdentity = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-NO-WORKLOAD-IDENTITY", title: "GKE cluster has no Workload Identity", severity: .medium, cwe: 522,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › Short-lived credentials instead of static passwords",
            rationale: "Without Workload Identity, pods use the node service account (shared by every pod on the node) or exported keys to reach Google APIs. Medium.",
            recommendation: "Add `workload_identity_config { workload_pool = \"${var.project}.svc.id.goog\" }`.",
            equivalents: [.checkov("CKV_GCP_69")],
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
                  workload_identity_config {
                    workload_pool = "my-project.svc.id.goog"
                  }
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster"], setting: ["workload_identity_config", "workload_pool"],
        expectation: .present, problem: "lets pods use the node service account", inheritedThrough: ["enable_autopilot"])
}

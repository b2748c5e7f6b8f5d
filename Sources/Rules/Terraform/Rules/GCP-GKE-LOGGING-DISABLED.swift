extension ResourceSettingRule {
    static let gcpGKELogging = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-LOGGING-DISABLED", title: "GKE cluster sends no logs to Cloud Logging", severity: .medium, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Control-plane activity is logged",
            rationale: "With `logging_service = \"none\"`, neither audit nor workload logs leave the cluster, so an intrusion leaves no record outside the nodes it controls. Medium.",
            recommendation: "Remove `logging_service = \"none\"` (the default sends logs to Cloud Logging).",
            equivalents: [.checkov("CKV_GCP_1"), .kics("Stackdriver Logging Disabled")],
            triggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                ↓  logging_service = "none"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  logging_service = "logging.googleapis.com/kubernetes"
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster"], setting: ["logging_service"],
        expectation: .never([.string("none")]), problem: "keeps no logs")
}

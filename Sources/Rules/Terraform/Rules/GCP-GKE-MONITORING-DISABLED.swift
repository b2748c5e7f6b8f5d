extension ResourceSettingRule {
    static let gcpGKEMonitoring = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-MONITORING-DISABLED", title: "GKE cluster sends no metrics to Cloud Monitoring", severity: .low, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Control-plane activity is logged",
            rationale: "With `monitoring_service = \"none\"`, resource exhaustion and anomalous workloads (crypto-mining) go unseen. Low.",
            recommendation: "Remove `monitoring_service = \"none\"` (the default is Cloud Monitoring).",
            equivalents: [.checkov("CKV_GCP_8"), .kics("Stackdriver Monitoring Disabled")],
            triggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                ↓  monitoring_service = "none"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  monitoring_service = "monitoring.googleapis.com/kubernetes"
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster"], setting: ["monitoring_service"],
        expectation: .never([.string("none")]), problem: "reports no metrics")
}

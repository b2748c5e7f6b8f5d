extension ResourceSettingRule {
    static let gcpDataprocPublicIP = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-DATAPROC-PUBLIC-IP", title: "Dataproc cluster nodes have public IP addresses", severity: .medium, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "Dataproc nodes run Hadoop, Spark and Jupyter web interfaces that were never meant for the internet; external addresses put them one firewall rule away from it. Medium.",
            recommendation: "Set `cluster_config { gce_cluster_config { internal_ip_only = true } }` and use Private Google Access.",
            equivalents: [.checkov("CKV_GCP_103")],
            triggering: [
                """
                resource "google_dataproc_cluster" "etl" {
                  name   = "etl"
                  region = "europe-west1"
                  cluster_config {
                    gce_cluster_config {
                ↓      internal_ip_only = false
                    }
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_dataproc_cluster" "etl" {
                  name   = "etl"
                  region = "europe-west1"
                  cluster_config {
                    gce_cluster_config {
                      internal_ip_only = true
                      subnetwork       = google_compute_subnetwork.private.id
                    }
                  }
                }
                """,
            ]),
        resourceTypes: ["google_dataproc_cluster"], setting: ["cluster_config", "gce_cluster_config", "internal_ip_only"],
        expectation: .never([.bool(false)]), problem: "gives its nodes public addresses")
}

extension ResourceSettingRule {
    static let gcpSQLPublicIP = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-SQL-PUBLIC-IP", title: "Cloud SQL instance has a public IP address", severity: .high, cwe: 284,
            checklist: "Network exposure › Databases are not reachable from the internet",
            rationale: "`ipv4_enabled` (true by default) gives the instance a public address; authorised networks are then the only barrier. High.",
            recommendation: "Set `settings { ip_configuration { ipv4_enabled = false, private_network = … } }` and connect through private IP or the Cloud SQL Auth Proxy.",
            equivalents: [.checkov("CKV_GCP_60")],
            triggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "MYSQL_8_0"
                  settings {
                    tier = "db-f1-micro"
                    ip_configuration {
                ↓      ipv4_enabled = true
                    }
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "MYSQL_8_0"
                  settings {
                    tier = "db-f1-micro"
                    ip_configuration {
                      ipv4_enabled    = false
                      private_network = google_compute_network.private.id
                    }
                  }
                }
                """,
            ]),
        resourceTypes: ["google_sql_database_instance"], setting: ["settings", "ip_configuration", "ipv4_enabled"],
        expectation: .explicitly([.bool(false)]), problem: "is reachable on a public IP address")
}

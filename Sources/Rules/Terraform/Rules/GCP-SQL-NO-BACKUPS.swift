extension ResourceSettingRule {
    static let gcpSQLBackups = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-SQL-NO-BACKUPS", title: "Cloud SQL instance has automated backups off", severity: .medium, cwe: 693,
            checklist: "Resilience › Data stores are backed up",
            rationale: "Without automated backups a dropped table, a bad migration or ransomware inside the database cannot be undone. Medium.",
            recommendation: "Set `settings { backup_configuration { enabled = true } }`.",
            equivalents: [.checkov("CKV_GCP_14"), .kics("SQL DB Instance Backup Disabled")],
            triggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-custom-2-7680"
                    backup_configuration {
                ↓      enabled = false
                    }
                  }
                }
                """,
                """
                ↓resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-custom-2-7680"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-custom-2-7680"
                    backup_configuration {
                      enabled                        = true
                      point_in_time_recovery_enabled = true
                    }
                  }
                }
                """,
                """
                resource "google_sql_database_instance" "replica" {
                  database_version     = "POSTGRES_15"
                  master_instance_name = google_sql_database_instance.main.name
                  settings {
                    tier = "db-custom-2-7680"
                  }
                }
                """,
            ]),
        resourceTypes: ["google_sql_database_instance"], setting: ["settings", "backup_configuration", "enabled"],
        expectation: .explicitly([.bool(true)]), problem: "is not backed up", inheritedThrough: ["master_instance_name"])
}

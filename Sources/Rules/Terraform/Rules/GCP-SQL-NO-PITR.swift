extension RequiredSettingRule {
    static let gcpSQLPointInTimeRecovery = RequiredSettingRule(
        description: RuleDescription(
            id: "GCP-SQL-NO-PITR", title: "Cloud SQL instance has no point-in-time recovery", severity: .low, cwe: 693,
            checklist: "Resilience › Data stores are backed up",
            rationale: "Daily backups alone lose up to a day of writes; point-in-time recovery (PostgreSQL, SQL Server) or binary logging (MySQL) restores to the minute before the incident. Low.",
            recommendation: "Set `point_in_time_recovery_enabled = true` (PostgreSQL, SQL Server) or `binary_log_enabled = true` (MySQL) in `backup_configuration`.",
            equivalents: [.checkov("CKV2_GCP_20")],
            triggering: [
                """
                ↓resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-custom-2-7680"
                    backup_configuration {
                      enabled = true
                    }
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
                resource "google_sql_database_instance" "main" {
                  database_version = "MYSQL_8_0"
                  settings {
                    tier = "db-custom-2-7680"
                    backup_configuration {
                      enabled            = true
                      binary_log_enabled = true
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
        resourceTypes: ["google_sql_database_instance"], alternatives: [["settings", "backup_configuration", "point_in_time_recovery_enabled"], ["settings", "backup_configuration", "binary_log_enabled"]],
        problem: "cannot be restored to a point in time", inheritedThrough: ["master_instance_name"])
}

extension CloudSQLFlagRule {
    static let gcpPostgresLogConnections = CloudSQLFlagRule(
        description: RuleDescription(
            id: "GCP-SQL-PG-NO-LOG-CONNECTIONS", title: "Cloud SQL PostgreSQL does not log connections", severity: .low, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Database activity is logged",
            rationale: "Without `log_connections`, successful and attempted logins leave no trace, so credential stuffing and stolen passwords go unnoticed. Low.",
            recommendation: "Add `database_flags { name = \"log_connections\", value = \"on\" }` to `settings`.",
            equivalents: [.checkov("CKV_GCP_52"), .kics("PostgreSQL Log Connections Not Set")],
            triggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-custom-2-7680"
                    database_flags {
                      name  = "log_connections"
                ↓      value = "off"
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
                    database_flags {
                      name  = "log_connections"
                      value = "on"
                    }
                  }
                }
                """,
            ]),
        engine: "POSTGRES", flag: "log_connections", expectation: .required("on"))
}

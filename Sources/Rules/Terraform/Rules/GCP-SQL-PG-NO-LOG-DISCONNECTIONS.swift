extension CloudSQLFlagRule {
    static let gcpPostgresLogDisconnections = CloudSQLFlagRule(
        description: RuleDescription(
            id: "GCP-SQL-PG-NO-LOG-DISCONNECTIONS", title: "Cloud SQL PostgreSQL does not log disconnections", severity: .low, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Database activity is logged",
            rationale: "Disconnection records give each session its duration; without them a session opened with stolen credentials cannot be bounded. Low.",
            recommendation: "Add `database_flags { name = \"log_disconnections\", value = \"on\" }` to `settings`.",
            equivalents: [.checkov("CKV_GCP_53"), .kics("PostgreSQL Log Disconnections Not Set")],
            triggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-custom-2-7680"
                    database_flags {
                      name  = "log_disconnections"
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
                      name  = "log_disconnections"
                      value = "on"
                    }
                  }
                }
                """,
            ]),
        engine: "POSTGRES", flag: "log_disconnections", expectation: .required("on"))
}

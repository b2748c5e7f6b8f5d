extension CloudSQLFlagRule {
    static let gcpPostgresLogMinDuration = CloudSQLFlagRule(
        description: RuleDescription(
            id: "GCP-SQL-PG-LOGS-STATEMENT-DURATIONS", title: "Cloud SQL PostgreSQL logs full statements by duration", severity: .low, cwe: 532,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Logs contain no secrets or personal data",
            rationale: "`log_min_duration_statement` writes the text of every statement slower than the threshold, parameters and all, into the logs: passwords and personal data end up there. Low.",
            recommendation: "Leave `log_min_duration_statement` unset or `-1`; use Query Insights for slow queries.",
            equivalents: [.checkov("CKV_GCP_57"), .kics("PostgreSQL Misconfigured Logging Duration Flag")],
            triggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-custom-2-7680"
                    database_flags {
                      name  = "log_min_duration_statement"
                ↓      value = "0"
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
                    database_flags {
                      name  = "log_min_duration_statement"
                      value = "-1"
                    }
                  }
                }
                """,
            ]),
        engine: "POSTGRES", flag: "log_min_duration_statement", expectation: .onlyAllowed("-1"))
}

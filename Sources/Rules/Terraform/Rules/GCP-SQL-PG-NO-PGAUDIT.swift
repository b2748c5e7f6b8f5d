extension CloudSQLFlagRule {
    static let gcpPostgresPgAudit = CloudSQLFlagRule(
        description: RuleDescription(
            id: "GCP-SQL-PG-NO-PGAUDIT", title: "Cloud SQL PostgreSQL has pgAudit off", severity: .low, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Database activity is logged",
            rationale: "pgAudit records who read and changed which objects, which plain statement logs do not; audit requirements for regulated data expect it. Low.",
            recommendation: "Add `database_flags { name = \"cloudsql.enable_pgaudit\", value = \"on\" }` to `settings`.",
            equivalents: [.checkov("CKV_GCP_110")],
            triggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-custom-2-7680"
                    database_flags {
                      name  = "cloudsql.enable_pgaudit"
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
                      name  = "cloudsql.enable_pgaudit"
                      value = "on"
                    }
                  }
                }
                """,
            ]),
        engine: "POSTGRES", flag: "cloudsql.enable_pgaudit", expectation: .required("on"))
}

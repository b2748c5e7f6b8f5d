extension CloudSQLFlagRule {
    static let gcpSQLServerCrossDatabaseChaining = CloudSQLFlagRule(
        description: RuleDescription(
            id: "GCP-SQL-SQLSERVER-CROSS-DB-CHAINING", title: "Cloud SQL SQL Server allows cross-database ownership chaining", severity: .medium, cwe: 269,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Databases › Dangerous server features are off",
            rationale: "Cross-database ownership chaining lets a user of one database reach objects in another through ownership chains, bypassing its permissions. Medium.",
            recommendation: "Add `database_flags { name = \"cross db ownership chaining\", value = \"off\" }` to `settings`.",
            equivalents: [.checkov("CKV_GCP_58")],
            triggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "SQLSERVER_2019_STANDARD"
                  settings {
                    tier = "db-custom-2-7680"
                    database_flags {
                      name  = "cross db ownership chaining"
                ↓      value = "on"
                    }
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "SQLSERVER_2019_STANDARD"
                  settings {
                    tier = "db-custom-2-7680"
                    database_flags {
                      name  = "cross db ownership chaining"
                      value = "off"
                    }
                  }
                }
                """,
            ]),
        engine: "SQLSERVER", flag: "cross db ownership chaining", expectation: .forbidden(["on"]))
}

extension CloudSQLFlagRule {
    static let gcpSQLServerContainedAuthentication = CloudSQLFlagRule(
        description: RuleDescription(
            id: "GCP-SQL-SQLSERVER-CONTAINED-AUTH", title: "Cloud SQL SQL Server allows contained database authentication", severity: .medium, cwe: 287,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Databases › Dangerous server features are off",
            rationale: "Contained database users authenticate inside the database, outside server-level login policy, and a database owner can create them. Medium.",
            recommendation: "Add `database_flags { name = \"contained database authentication\", value = \"off\" }` to `settings`.",
            equivalents: [.checkov("CKV_GCP_59")],
            triggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "SQLSERVER_2019_STANDARD"
                  settings {
                    tier = "db-custom-2-7680"
                    database_flags {
                      name  = "contained database authentication"
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
                      name  = "contained database authentication"
                      value = "off"
                    }
                  }
                }
                """,
            ]),
        engine: "SQLSERVER", flag: "contained database authentication", expectation: .forbidden(["on"]))
}

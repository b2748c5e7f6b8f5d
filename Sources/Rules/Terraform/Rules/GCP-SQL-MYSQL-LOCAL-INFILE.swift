extension CloudSQLFlagRule {
    static let gcpMySQLLocalInfile = CloudSQLFlagRule(
        description: RuleDescription(
            id: "GCP-SQL-MYSQL-LOCAL-INFILE", title: "Cloud SQL MySQL allows LOAD DATA LOCAL INFILE", severity: .medium, cwe: 73,
            checklist: "Databases › Dangerous server features are off",
            rationale: "With `local_infile` on, a malicious or compromised server (or an SQL injection) can read files from the client machine. Medium.",
            recommendation: "Add `database_flags { name = \"local_infile\", value = \"off\" }` to `settings`.",
            equivalents: [.checkov("CKV_GCP_50")],
            triggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "MYSQL_8_0"
                  settings {
                    tier = "db-custom-2-7680"
                    database_flags {
                      name  = "local_infile"
                ↓      value = "on"
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
                    tier = "db-custom-2-7680"
                    database_flags {
                      name  = "local_infile"
                      value = "off"
                    }
                  }
                }
                """,
            ]),
        engine: "MYSQL", flag: "local_infile", expectation: .forbidden(["on"]))
}

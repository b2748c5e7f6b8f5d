extension ResourceSettingRule {
    static let gcpSQLRequireSSL = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-SQL-NO-SSL", title: "Cloud SQL instance accepts unencrypted connections", severity: .high, cwe: 319,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "Without enforced SSL, credentials and query results can cross the network in clear text. High: database traffic carries the most sensitive data.",
            recommendation: "Set `settings { ip_configuration { ssl_mode = \"ENCRYPTED_ONLY\" } }` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`).",
            equivalents: [.checkov("CKV_GCP_6")],
            triggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-f1-micro"
                    ip_configuration {
                ↓      ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED"
                    }
                  }
                }
                """,
                """
                ↓resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-f1-micro"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-f1-micro"
                    ip_configuration {
                      ssl_mode = "ENCRYPTED_ONLY"
                    }
                  }
                }
                """,
            ]),
        resourceTypes: ["google_sql_database_instance"], setting: ["settings", "ip_configuration", "ssl_mode"],
        expectation: .explicitly([.string("ENCRYPTED_ONLY"), .string("TRUSTED_CLIENT_CERTIFICATE_REQUIRED")]),
        problem: "accepts unencrypted connections")
}

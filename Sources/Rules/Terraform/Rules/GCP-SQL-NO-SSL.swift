extension ResourceSettingRule {
    static let gcpSQLRequireSSL = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-SQL-NO-SSL", title: "Cloud SQL instance accepts unencrypted connections", severity: .high, cwe: 319,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "Without enforced SSL, credentials and query results can cross the network in clear text. High: database traffic carries the most sensitive data.",
            recommendation: "Set `settings { ip_configuration { ssl_mode = \"ENCRYPTED_ONLY\" } }` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`); `require_ssl = true`, which provider versions before 6 read instead, is accepted too.",
            equivalents: [.checkov("CKV_GCP_6"), .kics("SQL DB Instance With SSL Disabled")],
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
                """
                resource "google_sql_database_instance" "legacy" {
                  database_version = "MYSQL_8_0"
                  settings {
                    tier = "db-f1-micro"
                    ip_configuration {
                ↓      require_ssl = false
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
                    tier = "db-f1-micro"
                    ip_configuration {
                      ssl_mode = "ENCRYPTED_ONLY"
                    }
                  }
                }
                """,
                """
                resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-f1-micro"
                    ip_configuration {
                      ssl_mode = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"
                    }
                  }
                }
                """,
                """
                resource "google_sql_database_instance" "legacy" {
                  database_version = "MYSQL_8_0"
                  settings {
                    tier = "db-f1-micro"
                    ip_configuration {
                      require_ssl = true
                    }
                  }
                }
                """,
            ]),
        resourceTypes: ["google_sql_database_instance"], setting: ["settings", "ip_configuration", "ssl_mode"],
        // `require_ssl = true` (provider < 6) is the former spelling of an encrypted-only mode.
        expectation: .explicitly([.string("ENCRYPTED_ONLY"), .string("TRUSTED_CLIENT_CERTIFICATE_REQUIRED"), .bool(true)]),
        problem: "accepts unencrypted connections", formerSetting: ["settings", "ip_configuration", "require_ssl"])
}

extension ResourceSettingRule {
    static let gcpBigQueryCMK = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-BIGQUERY-NO-CMK", title: "BigQuery dataset is not encrypted with a customer-managed key", severity: .low, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Google encrypts datasets, but only a Cloud KMS key you control can be revoked and audited apart from dataset permissions. Low: expected for regulated data.",
            recommendation: "Add `default_encryption_configuration { kms_key_name = google_kms_crypto_key.bq.id }`.",
            equivalents: [.checkov("CKV_GCP_81")],
            triggering: [
                """
                ↓resource "google_bigquery_dataset" "analytics" {
                  dataset_id = "analytics"
                  location   = "EU"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_bigquery_dataset" "analytics" {
                  dataset_id = "analytics"
                  location   = "EU"
                  default_encryption_configuration {
                    kms_key_name = google_kms_crypto_key.bq.id
                  }
                }
                """,
            ]),
        resourceTypes: ["google_bigquery_dataset"], setting: ["default_encryption_configuration", "kms_key_name"],
        expectation: .present, problem: "is not encrypted with a customer-managed key")
}

extension ResourceSettingRule {
    static let gcpStorageCMK = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-STORAGE-NO-CMK", title: "Cloud Storage bucket is not encrypted with a customer-managed key", severity: .low, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Google encrypts every bucket, but only a Cloud KMS key you control lets you revoke access to the data and audit its use separately from bucket permissions. Low: expected for regulated data.",
            recommendation: "Add `encryption { default_kms_key_name = google_kms_crypto_key.data.id }`.",
            equivalents: [],
            triggering: [
                """
                ↓resource "google_storage_bucket" "data" {
                  name     = "my-data"
                  location = "EU"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_storage_bucket" "data" {
                  name     = "my-data"
                  location = "EU"
                  encryption {
                    default_kms_key_name = google_kms_crypto_key.data.id
                  }
                }
                """,
            ]),
        resourceTypes: ["google_storage_bucket"], setting: ["encryption", "default_kms_key_name"],
        expectation: .present, problem: "is not encrypted with a customer-managed key")
}

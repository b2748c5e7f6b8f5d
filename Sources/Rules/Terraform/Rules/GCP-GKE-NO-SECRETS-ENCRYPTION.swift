extension ResourceSettingRule {
    static let gcpGKESecretsEncryption = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-GKE-NO-SECRETS-ENCRYPTION", title: "GKE cluster does not encrypt Secrets with a Cloud KMS key", severity: .medium, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Application-layer Secrets encryption wraps etcd contents with a key you control; without it, Secrets are only protected by Google-managed disk encryption. Medium.",
            recommendation: "Add `database_encryption { state = \"ENCRYPTED\", key_name = google_kms_crypto_key.gke.id }`.",
            equivalents: [.kics("GCP GKE Secrets Encryption CMEK Disabled")],
            triggering: [
                """
                ↓resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                }
                """,
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  database_encryption {
                ↓    state    = "DECRYPTED"
                    key_name = ""
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_container_cluster" "main" {
                  name     = "main"
                  location = "europe-west1"
                  database_encryption {
                    state    = "ENCRYPTED"
                    key_name = google_kms_crypto_key.gke.id
                  }
                }
                """,
            ]),
        resourceTypes: ["google_container_cluster"], setting: ["database_encryption", "state"],
        expectation: .explicitly([.string("ENCRYPTED")]), problem: "keeps Secrets without application-layer encryption")
}

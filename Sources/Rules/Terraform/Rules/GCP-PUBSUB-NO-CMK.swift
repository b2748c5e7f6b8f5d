extension ResourceSettingRule {
    static let gcpPubSubCMK = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-PUBSUB-NO-CMK", title: "Pub/Sub topic is not encrypted with a customer-managed key", severity: .low, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Messages are encrypted by Google, but only a Cloud KMS key you control can be revoked and audited apart from topic permissions. Low: expected for regulated data.",
            recommendation: "Set `kms_key_name = google_kms_crypto_key.pubsub.id`.",
            equivalents: [.checkov("CKV_GCP_83")],
            triggering: [
                """
                ↓resource "google_pubsub_topic" "events" {
                  name = "events"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_pubsub_topic" "events" {
                  name         = "events"
                  kms_key_name = google_kms_crypto_key.pubsub.id
                }
                """,
            ]),
        resourceTypes: ["google_pubsub_topic"], setting: ["kms_key_name"],
        expectation: .present, problem: "is not encrypted with a customer-managed key")
}

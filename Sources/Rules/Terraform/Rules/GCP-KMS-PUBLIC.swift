extension GCPIAMGrantRule {
    static let gcpKMSPublic = GCPIAMGrantRule(
        description: RuleDescription(
            id: "GCP-KMS-PUBLIC", title: "Cloud KMS key is usable by anyone", severity: .critical, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Least privilege",
            rationale: "A role on a key or key ring granted to `allUsers` or `allAuthenticatedUsers` lets anyone decrypt (or sign with) the key, which unlocks whatever it protects. Critical.",
            recommendation: "Grant key roles to the service accounts that use the key only.",
            equivalents: [.checkov("CKV2_GCP_6"), .checkov("CKV_GCP_112"), .kics("KMS Crypto Key is Publicly Accessible")],
            triggering: [
                """
                resource "google_kms_crypto_key_iam_member" "decrypt" {
                  crypto_key_id = google_kms_crypto_key.data.id
                  role          = "roles/cloudkms.cryptoKeyDecrypter"
                ↓  member        = "allAuthenticatedUsers"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_kms_crypto_key_iam_member" "decrypt" {
                  crypto_key_id = google_kms_crypto_key.data.id
                  role          = "roles/cloudkms.cryptoKeyDecrypter"
                  member        = "serviceAccount:app@app.iam.gserviceaccount.com"
                }
                """,
            ]),
        targets: { ["kms_crypto_key", "kms_key_ring"].contains($0) },
        isRisky: { _, member in GCPIAMGrant.isPublic(member) }, problem: "(anyone can use the key)")
}

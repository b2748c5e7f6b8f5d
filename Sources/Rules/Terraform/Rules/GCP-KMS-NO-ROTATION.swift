/// Symmetric Cloud KMS keys without automatic rotation at least every 90 days.
struct GCPKMSRotationRule: Rule {
    /// 90 days, the period CIS and PCI DSS expect.
    static let longestPeriod = 90.0 * 24 * 60 * 60

    let description = RuleDescription(
        id: "GCP-KMS-NO-ROTATION", title: "Cloud KMS key is not rotated at least every 90 days", severity: .medium, cwe: 324,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Data protection › Encryption keys are rotated",
        rationale: "Without rotation, one key version protects everything written for years, so a leaked or broken version exposes it all. Medium. Asymmetric and MAC keys cannot be rotated automatically and are not reported.",
        recommendation: "Set `rotation_period = \"7776000s\"` (90 days) or less.",
        equivalents: [.checkov("CKV_GCP_43"), .kics("High Google KMS Crypto Key Rotation Period")],
        triggering: [
            """
            ↓resource "google_kms_crypto_key" "data" {
              name     = "data"
              key_ring = google_kms_key_ring.main.id
            }
            """,
            """
            resource "google_kms_crypto_key" "data" {
              name            = "data"
              key_ring        = google_kms_key_ring.main.id
            ↓  rotation_period = "31536000s"
            }
            """,
        ],
        nonTriggering: [
            """
            resource "google_kms_crypto_key" "data" {
              name            = "data"
              key_ring        = google_kms_key_ring.main.id
              rotation_period = "7776000s"
            }
            """,
            """
            resource "google_kms_crypto_key" "signing" {
              name     = "signing"
              key_ring = google_kms_key_ring.main.id
              purpose  = "ASYMMETRIC_SIGN"
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "google_kms_crypto_key").compactMap { key in
            // Only symmetric encryption keys (the default purpose) rotate automatically; an unknown purpose is not guessed.
            if let purpose = key.settings.value("purpose"), purpose.stringValue?.uppercased() != "ENCRYPT_DECRYPT" { return nil }
            guard let attribute = key.settings.attribute("rotation_period") else {
                return key.violation(message: "\(key.address) is never rotated: `rotation_period` is not set.", detail: "rotation_period")
            }
            // "7776000s"; an unknown period is not guessed.
            guard let text = module.evaluate(attribute.expression).stringValue, text.hasSuffix("s"),
                  let seconds = Double(text.dropLast()), seconds > Self.longestPeriod
            else { return nil }
            return key.violation(line: attribute.line, message: "\(key.address) is rotated only every \(Int(seconds / 86_400)) days.", detail: "rotation_period")
        }
    }
}

extension RequiredSettingRule {
    static let gcpComputeDiskCustomerKey = RequiredSettingRule(
        description: RuleDescription(
            id: "GCP-COMPUTE-DISK-NO-CUSTOMER-KEY", title: "Disk is not encrypted with a customer key", severity: .low, cwe: 311,
            owasp: "A02:2021 Cryptographic Failures",
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "Google encrypts disks, but a customer-managed (Cloud KMS) or customer-supplied key is what lets you revoke access to the data and audit its use. Low: expected for disks holding regulated data.",
            recommendation: "Set `disk_encryption_key { kms_key_self_link = google_kms_crypto_key.disk.id }` (or `boot_disk { kms_key_self_link = … }` on an instance).",
            equivalents: [.checkov("CKV_GCP_37"), .checkov("CKV_GCP_38"), .kics("Disk Encryption Disabled")],
            triggering: [
                """
                ↓resource "google_compute_disk" "data" {
                  name = "data"
                  size = 100
                  zone = "europe-west1-b"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_compute_disk" "data" {
                  name = "data"
                  size = 100
                  zone = "europe-west1-b"
                  disk_encryption_key {
                    kms_key_self_link = google_kms_crypto_key.disk.id
                  }
                }
                """,
            ]),
        resourceTypes: ["google_compute_disk", "google_compute_instance"], alternatives: [["disk_encryption_key", "kms_key_self_link"], ["disk_encryption_key", "raw_key"], ["disk_encryption_key", "rsa_encrypted_key"], ["boot_disk", "kms_key_self_link"], ["boot_disk", "disk_encryption_key_raw"]],
        problem: "is not encrypted with a customer key")
}

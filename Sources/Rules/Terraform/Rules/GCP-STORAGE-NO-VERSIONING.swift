extension ResourceSettingRule {
    static let gcpStorageVersioning = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-STORAGE-NO-VERSIONING", title: "Cloud Storage bucket has no object versioning", severity: .low, cwe: 693,
            checklist: "Resilience › Data stores are backed up",
            rationale: "Without versioning an overwritten or deleted object is gone, whether by mistake or by ransomware. Low: it is recovery, not prevention.",
            recommendation: "Add `versioning { enabled = true }` (with a lifecycle rule for old versions).",
            equivalents: [.checkov("CKV_GCP_78"), .kics("Cloud Storage Bucket Versioning Disabled")],
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
                  versioning {
                    enabled = true
                  }
                }
                """,
            ]),
        resourceTypes: ["google_storage_bucket"], setting: ["versioning", "enabled"],
        expectation: .explicitly([.bool(true)]), problem: "keeps no earlier versions of its objects")
}

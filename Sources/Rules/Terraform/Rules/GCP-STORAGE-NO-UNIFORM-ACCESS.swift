extension ResourceSettingRule {
    static let gcpStorageUniformAccess = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-STORAGE-NO-UNIFORM-ACCESS", title: "Cloud Storage bucket does not enforce uniform bucket-level access", severity: .medium, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Cloud storage › Buckets are not public",
            rationale: "Without uniform access, per-object ACLs can make single objects public behind the bucket policy's back and make access impossible to review. Medium.",
            recommendation: "Set `uniform_bucket_level_access = true`.",
            equivalents: [.checkov("CKV_GCP_29")],
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
                  name                        = "my-data"
                  location                    = "EU"
                  uniform_bucket_level_access = true
                }
                """,
            ]),
        resourceTypes: ["google_storage_bucket"], setting: ["uniform_bucket_level_access"],
        expectation: .explicitly([.bool(true)]), problem: "allows per-object ACLs")
}

extension ResourceSettingRule {
    static let gcpStoragePublicAccessPrevention = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-STORAGE-NO-PUBLIC-ACCESS-PREVENTION", title: "Cloud Storage bucket does not enforce public access prevention", severity: .medium, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Cloud storage › Buckets are not public",
            rationale: "Public access prevention refuses any grant to `allUsers` or `allAuthenticatedUsers`, so a later IAM change cannot make the bucket public. Medium: a guard against the most common leak.",
            recommendation: "Set `public_access_prevention = \"enforced\"` (or enforce it with the organisation policy `storage.publicAccessPrevention`).",
            equivalents: [.checkov("CKV_GCP_114")],
            triggering: [
                """
                ↓resource "google_storage_bucket" "data" {
                  name     = "my-data"
                  location = "EU"
                }
                """,
                """
                resource "google_storage_bucket" "data" {
                  name                     = "my-data"
                  location                 = "EU"
                ↓  public_access_prevention = "inherited"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_storage_bucket" "data" {
                  name                     = "my-data"
                  location                 = "EU"
                  public_access_prevention = "enforced"
                }
                """,
            ]),
        resourceTypes: ["google_storage_bucket"], setting: ["public_access_prevention"],
        expectation: .explicitly([.string("enforced")]), problem: "can be made public")
}

extension ResourceSettingRule {
    static let gcpStorageLogging = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-STORAGE-NO-LOGGING", title: "Cloud Storage bucket has no access logging", severity: .low, cwe: 778,
            checklist: "Logging › Access to sensitive data is logged",
            rationale: "Usage logs record who read and wrote which objects; without them (or Data Access audit logs) a leak cannot be scoped. Low.",
            recommendation: "Add `logging { log_bucket = google_storage_bucket.logs.name }` (a bucket that does not log to itself).",
            equivalents: [.checkov("CKV_GCP_62"), .kics("Cloud Storage Bucket Logging Not Enabled")],
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
                  logging {
                    log_bucket = google_storage_bucket.logs.name
                  }
                }
                """,
            ]),
        resourceTypes: ["google_storage_bucket"], setting: ["logging", "log_bucket"],
        expectation: .present, problem: "does not log access")
}

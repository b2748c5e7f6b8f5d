extension ResourceSettingRule {
    static let gcpLogBucketLock = ResourceSettingRule(
        description: RuleDescription(
            id: "GCP-LOG-BUCKET-UNLOCKED", title: "Log bucket is not locked", severity: .low, cwe: 693,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Audit logs are protected",
            rationale: "An unlocked log bucket can have its retention shortened or be deleted by a project owner, so an intruder with that role can erase the trail. Low.",
            recommendation: "Set `locked = true` once `retention_days` is final (locking is irreversible).",
            equivalents: [.checkov("CKV2_GCP_4")],
            triggering: [
                """
                ↓resource "google_logging_project_bucket_config" "audit" {
                  project        = var.project
                  location       = "global"
                  bucket_id      = "audit"
                  retention_days = 400
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_logging_project_bucket_config" "audit" {
                  project        = var.project
                  location       = "global"
                  bucket_id      = "audit"
                  retention_days = 400
                  locked         = true
                }
                """,
            ]),
        resourceTypes: ["google_logging_project_bucket_config", "google_logging_folder_bucket_config", "google_logging_organization_bucket_config"], setting: ["locked"],
        expectation: .explicitly([.bool(true)]), problem: "can have its logs deleted")
}

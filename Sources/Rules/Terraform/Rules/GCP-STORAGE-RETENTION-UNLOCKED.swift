/// Buckets whose retention policy can still be shortened or removed.
struct GCPStorageRetentionLockRule: Rule {
    let description = RuleDescription(
        id: "GCP-STORAGE-RETENTION-UNLOCKED", title: "Bucket retention policy is not locked", severity: .low, cwe: 693,
        owasp: "A09:2021 Security Logging and Monitoring Failures",
        checklist: "Logging › Audit logs are protected",
        rationale: "An unlocked retention policy can be shortened or removed by anyone with bucket admin rights, so the objects it is meant to keep (log exports, records) can still be deleted. Low: only buckets that declare a retention policy are judged.",
        recommendation: "Set `is_locked = true` in `retention_policy` once the period is final (locking cannot be undone).",
        equivalents: [.kics("Cloud Storage Retention Policy Not Locked")],
        triggering: [
            """
            resource "google_storage_bucket" "audit" {
              name     = "audit-logs"
              location = "EU"
            ↓  retention_policy {
                retention_period = 31536000
              }
            }
            """,
            """
            resource "google_storage_bucket" "audit" {
              name     = "audit-logs"
              location = "EU"
              retention_policy {
                retention_period = 31536000
            ↓    is_locked        = false
              }
            }
            """,
        ],
        nonTriggering: [
            """
            resource "google_storage_bucket" "audit" {
              name     = "audit-logs"
              location = "EU"
              retention_policy {
                retention_period = 31536000
                is_locked        = true
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "google_storage_bucket").compactMap { bucket in
            guard let policy = bucket.settings.blocks("retention_policy").first else { return nil }
            guard let locked = policy.attribute("is_locked") else {
                return bucket.violation(line: policy.line, message: "\(bucket.address) has a retention policy that can still be removed: `is_locked` is not set.", detail: "is_locked")
            }
            guard module.evaluate(locked.expression).boolValue == false else { return nil }
            return bucket.violation(line: locked.line, message: "\(bucket.address) has a retention policy that can still be removed.", detail: "is_locked")
        }
    }
}

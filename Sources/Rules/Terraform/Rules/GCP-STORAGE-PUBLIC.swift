extension GCPIAMGrantRule {
    static let gcpStoragePublic = GCPIAMGrantRule(
        description: RuleDescription(
            id: "GCP-STORAGE-PUBLIC", title: "Cloud Storage bucket is readable by anyone", severity: .critical, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Cloud storage › Buckets are not public",
            rationale: "`allUsers` is the whole internet and `allAuthenticatedUsers` is any Google account: both make the bucket public. Critical: the most common cause of cloud data leaks.",
            recommendation: "Grant roles to specific users, groups or service accounts; serve public content through a CDN with signed URLs where possible.",
            equivalents: [.checkov("CKV_GCP_28"), .kics("Cloud Storage Anonymous or Publicly Accessible")],
            triggering: [
                """
                resource "google_storage_bucket_iam_member" "public" {
                  bucket = google_storage_bucket.site.name
                  role   = "roles/storage.objectViewer"
                ↓  member = "allUsers"
                }
                """,
                """
                resource "google_storage_bucket_iam_binding" "viewers" {
                  bucket  = google_storage_bucket.site.name
                  role    = "roles/storage.objectViewer"
                ↓  members = ["group:team@example.com", "allAuthenticatedUsers"]
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_storage_bucket_iam_member" "team" {
                  bucket = google_storage_bucket.site.name
                  role   = "roles/storage.objectViewer"
                  member = "group:team@example.com"
                }
                """,
            ]),
        targets: { $0 == "storage_bucket" },
        isRisky: { _, member in GCPIAMGrant.isPublic(member) }, problem: "(the bucket is public)")
}

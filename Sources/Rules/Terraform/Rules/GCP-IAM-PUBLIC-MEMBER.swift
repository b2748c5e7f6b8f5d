extension GCPIAMGrantRule {
    static let gcpPublicMember = GCPIAMGrantRule(
        description: RuleDescription(
            id: "GCP-IAM-PUBLIC-MEMBER", title: "IAM grant gives a role to everyone", severity: .high, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Least privilege",
            rationale: "`allUsers` is the whole internet and `allAuthenticatedUsers` any Google account: a role granted to either on a topic, a secret, a Cloud Run service or a project is granted to attackers too. High. Buckets, KMS keys and BigQuery data are reported by their own rules.",
            recommendation: "Grant the role to specific users, groups or service accounts; for a deliberately public service, keep it in a project of its own and waive this finding there.",
            equivalents: [.checkov("CKV_GCP_99"), .checkov("CKV_GCP_101"), .checkov("CKV_GCP_102"), .checkov("CKV_GCP_107"), .checkov("CKV_GCP_98")],
            triggering: [
                """
                resource "google_pubsub_topic_iam_member" "publish" {
                  topic  = google_pubsub_topic.events.name
                  role   = "roles/pubsub.publisher"
                ↓  member = "allUsers"
                }
                """,
                """
                resource "google_secret_manager_secret_iam_binding" "read" {
                  secret_id = google_secret_manager_secret.api.id
                  role      = "roles/secretmanager.secretAccessor"
                ↓  members   = ["group:ops@example.com", "allAuthenticatedUsers"]
                }
                """,
                """
                data "google_iam_policy" "open" {
                  binding {
                    role    = "roles/run.invoker"
                    members = ["allUsers"]
                  }
                }

                resource "google_cloud_run_service_iam_policy" "api" {
                  service     = google_cloud_run_service.api.name
                ↓  policy_data = data.google_iam_policy.open.policy_data
                }
                """,
            ],
            nonTriggering: [
                """
                resource "google_pubsub_topic_iam_member" "publish" {
                  topic  = google_pubsub_topic.events.name
                  role   = "roles/pubsub.publisher"
                  member = "serviceAccount:publisher@app.iam.gserviceaccount.com"
                }
                """,
            ]),
        targets: { !["storage_bucket", "kms_crypto_key", "kms_key_ring", "bigquery_dataset", "bigquery_table"].contains($0) },
        isRisky: { _, member in GCPIAMGrant.isPublic(member) }, problem: "(anyone on the internet)")
}

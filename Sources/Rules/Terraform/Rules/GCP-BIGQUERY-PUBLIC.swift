/// BigQuery datasets and tables readable by everyone, through the dataset's `access` list or IAM.
struct GCPBigQueryPublicRule: Rule {
    let description = RuleDescription(
        id: "GCP-BIGQUERY-PUBLIC", title: "BigQuery dataset is readable by anyone", severity: .critical, cwe: 732,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Cloud storage › Buckets are not public",
        rationale: "An `access` entry or IAM grant for `allUsers` or `allAuthenticatedUsers` publishes the data to the internet or any Google account. Critical: analytics data sets are usually the most sensitive.",
        recommendation: "Grant dataset access to specific groups or service accounts; publish deliberately public data through Analytics Hub or an authorised view.",
        equivalents: [.checkov("CKV_GCP_15"), .checkov("CKV_GCP_100"), .kics("BigQuery Dataset Is Public")],
        triggering: [
            """
            resource "google_bigquery_dataset" "analytics" {
              dataset_id = "analytics"
              location   = "EU"
              access {
                role          = "READER"
            ↓    special_group = "allAuthenticatedUsers"
              }
            }
            """,
            """
            resource "google_bigquery_table_iam_member" "viewer" {
              dataset_id = google_bigquery_dataset.analytics.dataset_id
              table_id   = google_bigquery_table.events.table_id
              role       = "roles/bigquery.dataViewer"
            ↓  member     = "allUsers"
            }
            """,
        ],
        nonTriggering: [
            """
            resource "google_bigquery_dataset" "analytics" {
              dataset_id = "analytics"
              location   = "EU"
              access {
                role           = "READER"
                group_by_email = "analysts@example.com"
              }
            }
            """,
            """
            resource "google_bigquery_dataset_iam_member" "viewer" {
              dataset_id = google_bigquery_dataset.analytics.dataset_id
              role       = "roles/bigquery.dataViewer"
              member     = "group:analysts@example.com"
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        var found: [Violation] = []
        for dataset in module.resources(ofType: "google_bigquery_dataset") {
            for (index, access) in dataset.settings.blocks("access").enumerated() {
                guard let line = Self.publicEntry(access) else { continue }
                found.append(dataset.violation(line: line, message: "\(dataset.address) gives everyone access to the dataset.", detail: "access[\(index)]"))
            }
        }
        for access in module.resources(ofType: "google_bigquery_dataset_access") {
            guard let line = Self.publicEntry(access.settings) else { continue }
            found.append(access.violation(line: line, message: "\(access.address) gives everyone access to the dataset.", detail: "access"))
        }
        for grant in GCPIAMGrant.all(in: module) where grant.target.hasPrefix("bigquery_") && grant.members.contains(where: GCPIAMGrant.isPublic) {
            found.append(grant.resource.violation(line: grant.line, message: "\(grant.resource.address) grants a BigQuery role to everyone.", detail: "members"))
        }
        return found
    }

    /// The line of an `access` entry naming everyone, nil otherwise.
    private static func publicEntry(_ access: TerraformBlock) -> Int? {
        for name in ["special_group", "iam_member"] {
            if let attribute = access.attribute(name),
               let member = access.module.evaluate(attribute.expression).stringValue, GCPIAMGrant.isPublic(member) {
                return attribute.line
            }
        }
        return nil
    }
}

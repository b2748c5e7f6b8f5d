/// Manual database snapshots shared with `all`. CloudFormation has no snapshot resource.
struct RDSSnapshotPublicRule: Rule {
    let description = RuleDescription(
        id: "AWS-RDS-SNAPSHOT-PUBLIC", title: "Database snapshot is shared with every AWS account", severity: .critical, cwe: 200,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Storage › Images and snapshots are not public",
        rationale: "`shared_accounts = [\"all\"]` makes the snapshot public: any AWS account can restore it and read the whole database. Critical: a complete copy of the data, no credentials needed. (AWS refuses to make an encrypted snapshot public, but an unencrypted one is shared at once.)",
        recommendation: "List the account ids that need it in `shared_accounts`, never `all`; prefer sharing an encrypted copy with the accounts that hold access to its key.",
        equivalents: [.checkov("CKV_AWS_302")],
        triggering: [
            """
            resource "aws_db_snapshot" "release" {
              db_instance_identifier = aws_db_instance.main.identifier
              db_snapshot_identifier = "release"
            ↓  shared_accounts        = ["all"]
            }
            """,
            """
            resource "aws_db_cluster_snapshot" "release" {
              db_cluster_identifier          = aws_rds_cluster.main.id
              db_cluster_snapshot_identifier = "release"
            ↓  shared_accounts                = ["123456789012", "all"]
            }
            """,
        ],
        nonTriggering: [
            """
            resource "aws_db_snapshot" "release" {
              db_instance_identifier = aws_db_instance.main.identifier
              db_snapshot_identifier = "release"
              shared_accounts        = ["123456789012"]
            }
            """,
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("Terraform::RDS::DBSnapshot", "Terraform::RDS::DBClusterSnapshot").compactMap { snapshot in
            guard let accounts = snapshot.setting("shared_accounts"),
                  accounts.elements.contains(where: { $0.known.stringValue?.lowercased() == "all" }) else { return nil }
            return snapshot.violation(at: accounts, message: "\(snapshot.address) is shared with `all`: every AWS account can restore the database.",
                                      detail: "shared_accounts")
        }
    }
}

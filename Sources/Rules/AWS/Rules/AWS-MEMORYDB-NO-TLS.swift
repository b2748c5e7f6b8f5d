extension AWSSettingRule {
    static let memorydbNoTls = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-MEMORYDB-NO-TLS", title: "MemoryDB cluster accepts plain-text connections", severity: .medium, cwe: 319,
            checklist: "Data protection › Data in transit is encrypted",
            rationale: "With TLS off, commands, data and credentials cross the network in plain text. Medium: needs a network position.",
            recommendation: "Remove `tls_enabled = false` (CloudFormation: `TLSEnabled`).",
            equivalents: [.checkov("CKV_AWS_202")],
            triggering: [
                """
                resource "aws_memorydb_cluster" "main" {
                  name      = "sessions"
                  acl_name  = "open-access"
                  node_type = "db.t4g.small"
                ↓  tls_enabled = false
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::MemoryDB::Cluster
                    Properties:
                      ClusterName: sessions
                      ACLName: app
                      NodeType: db.t4g.small
                ↓      TLSEnabled: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_memorydb_cluster" "main" {
                  name      = "sessions"
                  acl_name  = "open-access"
                  node_type = "db.t4g.small"
                  tls_enabled = true
                }
                """,
                """
                resource "aws_memorydb_cluster" "main" {
                  name      = "sessions"
                  acl_name  = "open-access"
                  node_type = "db.t4g.small"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::MemoryDB::Cluster
                    Properties:
                      ClusterName: sessions
                      ACLName: app
                      NodeType: db.t4g.small
                      TLSEnabled: true
                """),
            ]),
        types: ["AWS::MemoryDB::Cluster"], terraform: ["tls_enabled"], cloudFormation: ["TLSEnabled"],
        expectation: .noneOf([.bool(false)]), whenMissing: nil,
        problem: "sends data in plain text")
}

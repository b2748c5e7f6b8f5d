extension AWSSettingRule {
    static let dmsPublic = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-DMS-PUBLIC", title: "DMS replication instance is publicly accessible", severity: .high, cwe: 668,
            owasp: "A05:2021 Security Misconfiguration",
            checklist: "Network exposure › Services are not reachable from the internet",
            rationale: "A replication instance holds credentials for the source and target databases and streams their data; with a public address (the API's default) it can be reached from the internet. High.",
            recommendation: "Set `publicly_accessible = false` (CloudFormation: `PubliclyAccessible: false`) and place the instance in private subnets with a replication subnet group.",
            equivalents: [.checkov("CKV_AWS_89")],
            triggering: [
                """
                ↓resource "aws_dms_replication_instance" "main" {
                  replication_instance_id    = "migration"
                  replication_instance_class = "dms.t3.medium"
                }
                """,
                """
                resource "aws_dms_replication_instance" "main" {
                  replication_instance_id    = "migration"
                  replication_instance_class = "dms.t3.medium"
                ↓  publicly_accessible        = true
                }
                """,
                .template("""
                Resources:
                  Migration:
                    Type: AWS::DMS::ReplicationInstance
                    Properties:
                      ReplicationInstanceClass: dms.t3.medium
                ↓      PubliclyAccessible: true
                """),
            ],
            nonTriggering: [
                """
                resource "aws_dms_replication_instance" "main" {
                  replication_instance_id     = "migration"
                  replication_instance_class  = "dms.t3.medium"
                  publicly_accessible         = false
                  replication_subnet_group_id = aws_dms_replication_subnet_group.private.id
                }
                """,
                .template("""
                Resources:
                  Migration:
                    Type: AWS::DMS::ReplicationInstance
                    Properties:
                      ReplicationInstanceClass: dms.t3.medium
                      PubliclyAccessible: false
                """),
            ]),
        types: ["AWS::DMS::ReplicationInstance"], terraform: ["publicly_accessible"], cloudFormation: ["PubliclyAccessible"],
        expectation: .oneOf([.bool(false)]), whenMissing: "the DMS API makes the instance public by default",
        problem: "is reachable from the internet")
}

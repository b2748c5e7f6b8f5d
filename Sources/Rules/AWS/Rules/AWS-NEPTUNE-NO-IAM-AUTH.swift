extension AWSSettingRule {
    static let neptuneNoIamAuth = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-NEPTUNE-NO-IAM-AUTH", title: "Neptune cluster does not enable IAM authentication", severity: .low, cwe: 287,
            checklist: "Identity › Short-lived credentials instead of static passwords",
            rationale: "Without IAM authentication anything that reaches the cluster's port may query it. Low: reachable only inside the VPC.",
            recommendation: "Set `iam_database_authentication_enabled = true` (CloudFormation: `IamAuthEnabled: true`).",
            equivalents: [.checkov("CKV_AWS_359")],
            triggering: [
                """
                ↓resource "aws_neptune_cluster" "main" {
                  cluster_identifier = "graph"
                }
                """,
                """
                resource "aws_neptune_cluster" "main" {
                  cluster_identifier = "graph"
                ↓  iam_database_authentication_enabled = false
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::Neptune::DBCluster
                    Properties:
                      DBClusterIdentifier: graph
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::Neptune::DBCluster
                    Properties:
                      DBClusterIdentifier: graph
                ↓      IamAuthEnabled: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_neptune_cluster" "main" {
                  cluster_identifier = "graph"
                  iam_database_authentication_enabled = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Neptune::DBCluster
                    Properties:
                      DBClusterIdentifier: graph
                      IamAuthEnabled: true
                """),
            ]),
        types: ["AWS::Neptune::DBCluster"], terraform: ["iam_database_authentication_enabled"], cloudFormation: ["IamAuthEnabled"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is off",
        problem: "accepts unauthenticated queries")
}

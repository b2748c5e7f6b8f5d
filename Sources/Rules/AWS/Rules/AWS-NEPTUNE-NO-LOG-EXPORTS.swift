extension AWSSettingRule {
    static let neptuneNoLogExports = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-NEPTUNE-NO-LOG-EXPORTS", title: "Neptune cluster exports no audit log", severity: .low, cwe: 778,
            checklist: "Logging › Database audit and error logs are kept",
            rationale: "Without the `audit` export, queries against the graph are not recorded. Low: detection and forensics.",
            recommendation: "Set `enable_cloudwatch_logs_exports = [\"audit\"]` (CloudFormation: `EnableCloudwatchLogsExports: [audit]`).",
            equivalents: [.checkov("CKV_AWS_101")],
            triggering: [
                """
                ↓resource "aws_neptune_cluster" "main" {
                  cluster_identifier = "graph"
                }
                """,
                """
                resource "aws_neptune_cluster" "main" {
                  cluster_identifier = "graph"
                ↓  enable_cloudwatch_logs_exports = []
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
                ↓      EnableCloudwatchLogsExports: []
                """),
            ],
            nonTriggering: [
                """
                resource "aws_neptune_cluster" "main" {
                  cluster_identifier = "graph"
                  enable_cloudwatch_logs_exports = ["audit"]
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Neptune::DBCluster
                    Properties:
                      DBClusterIdentifier: graph
                      EnableCloudwatchLogsExports: [audit]
                """),
            ]),
        types: ["AWS::Neptune::DBCluster"], terraform: ["enable_cloudwatch_logs_exports"], cloudFormation: ["EnableCloudwatchLogsExports"],
        expectation: .present, whenMissing: "no log leaves the cluster",
        problem: "keeps no audit log")
}

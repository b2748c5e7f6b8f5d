extension AWSSettingRule {
    static let docdbNoLogExports = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-DOCDB-NO-LOG-EXPORTS", title: "DocumentDB cluster exports no audit logs", severity: .low, cwe: 778,
            checklist: "Logging › Database audit and error logs are kept",
            rationale: "Without `audit` and `profiler` exports, who read or changed what is not recorded. Low: detection and forensics.",
            recommendation: "Set `enabled_cloudwatch_logs_exports = [\"audit\", \"profiler\"]` (CloudFormation: `EnableCloudwatchLogsExports`).",
            equivalents: [.checkov("CKV_AWS_85")],
            triggering: [
                """
                ↓resource "aws_docdb_cluster" "main" {
                  cluster_identifier = "docs"
                }
                """,
                """
                resource "aws_docdb_cluster" "main" {
                  cluster_identifier = "docs"
                ↓  enabled_cloudwatch_logs_exports = []
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      MasterUsername: admin
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      MasterUsername: admin
                ↓      EnableCloudwatchLogsExports: []
                """),
            ],
            nonTriggering: [
                """
                resource "aws_docdb_cluster" "main" {
                  cluster_identifier = "docs"
                  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::DocDB::DBCluster
                    Properties:
                      MasterUsername: admin
                      EnableCloudwatchLogsExports: [audit, profiler]
                """),
            ]),
        types: ["AWS::DocDB::DBCluster"], terraform: ["enabled_cloudwatch_logs_exports"], cloudFormation: ["EnableCloudwatchLogsExports"],
        expectation: .present, whenMissing: "no log leaves the cluster",
        problem: "keeps no audit log")
}

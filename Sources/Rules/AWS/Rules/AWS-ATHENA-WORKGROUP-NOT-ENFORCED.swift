extension AWSSettingRule {
    static let athenaWorkgroupNotEnforced = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-ATHENA-WORKGROUP-NOT-ENFORCED", title: "Athena workgroup lets clients override its settings", severity: .low, cwe: 693,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "When the workgroup's configuration is not enforced, each query may choose its own result location and turn result encryption off. Low: the default enforces it.",
            recommendation: "Remove `enforce_workgroup_configuration = false` (CloudFormation: `WorkGroupConfiguration.EnforceWorkGroupConfiguration`).",
            equivalents: [.checkov("CKV_AWS_82")],
            triggering: [
                """
                resource "aws_athena_workgroup" "main" {
                  name = "analytics"
                  configuration {
                ↓    enforce_workgroup_configuration = false
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Athena::WorkGroup
                    Properties:
                      Name: analytics
                      WorkGroupConfiguration:
                ↓        EnforceWorkGroupConfiguration: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_athena_workgroup" "main" {
                  name = "analytics"
                  configuration {
                    enforce_workgroup_configuration = true
                  }
                }
                """,
                """
                resource "aws_athena_workgroup" "main" {
                  name = "analytics"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::Athena::WorkGroup
                    Properties:
                      Name: analytics
                      WorkGroupConfiguration:
                        EnforceWorkGroupConfiguration: true
                """),
            ]),
        types: ["AWS::Athena::WorkGroup"], terraform: ["configuration.enforce_workgroup_configuration"], cloudFormation: ["WorkGroupConfiguration.EnforceWorkGroupConfiguration"],
        expectation: .noneOf([.bool(false)]), whenMissing: nil,
        problem: "lets queries override its encryption and result settings")
}

extension AWSSettingRule {
    static let sagemakerNotebookInternet = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-SAGEMAKER-NOTEBOOK-INTERNET", title: "SageMaker notebook has direct internet access", severity: .medium, cwe: 284,
            checklist: "Network exposure › Services are not reachable from the internet",
            rationale: "With direct internet access (the default) the notebook bypasses the VPC's egress controls, so data can leave and code can arrive unseen. Medium.",
            recommendation: "Set `direct_internet_access = \"Disabled\"` with a `subnet_id` (CloudFormation: `DirectInternetAccess: Disabled`).",
            equivalents: [.checkov("CKV_AWS_122")],
            triggering: [
                """
                ↓resource "aws_sagemaker_notebook_instance" "main" {
                  name          = "research"
                  instance_type = "ml.t3.medium"
                }
                """,
                """
                resource "aws_sagemaker_notebook_instance" "main" {
                  name          = "research"
                  instance_type = "ml.t3.medium"
                ↓  direct_internet_access = "Enabled"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      RoleArn: !GetAtt NotebookRole.Arn
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      RoleArn: !GetAtt NotebookRole.Arn
                ↓      DirectInternetAccess: Enabled
                """),
            ],
            nonTriggering: [
                """
                resource "aws_sagemaker_notebook_instance" "main" {
                  name          = "research"
                  instance_type = "ml.t3.medium"
                  direct_internet_access = "Disabled"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      RoleArn: !GetAtt NotebookRole.Arn
                      DirectInternetAccess: Disabled
                """),
            ]),
        types: ["AWS::SageMaker::NotebookInstance"], terraform: ["direct_internet_access"], cloudFormation: ["DirectInternetAccess"],
        expectation: .oneOf([.string("Disabled")]), whenMissing: "the default is Enabled",
        problem: "reaches the internet outside the VPC")
}

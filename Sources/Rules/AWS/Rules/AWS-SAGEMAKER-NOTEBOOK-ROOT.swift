extension AWSSettingRule {
    static let sagemakerNotebookRoot = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-SAGEMAKER-NOTEBOOK-ROOT", title: "SageMaker notebook users have root access", severity: .medium, cwe: 250,
            checklist: "Identity › Least privilege",
            rationale: "With root access (the default) every notebook user can install software, read other users' files and change the instance's configuration, so one compromised notebook session owns the instance and its role. Medium.",
            recommendation: "Set `root_access = \"Disabled\"` (CloudFormation: `RootAccess: Disabled`) and install what notebooks need through a lifecycle configuration.",
            equivalents: [.checkov("CKV_AWS_307")],
            triggering: [
                """
                ↓resource "aws_sagemaker_notebook_instance" "main" {
                  name                   = "research"
                  instance_type          = "ml.t3.medium"
                  direct_internet_access = "Disabled"
                }
                """,
                """
                resource "aws_sagemaker_notebook_instance" "main" {
                  name          = "research"
                  instance_type = "ml.t3.medium"
                ↓  root_access   = "Enabled"
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
                ↓      RootAccess: Enabled
                """),
            ],
            nonTriggering: [
                """
                resource "aws_sagemaker_notebook_instance" "main" {
                  name          = "research"
                  instance_type = "ml.t3.medium"
                  root_access   = "Disabled"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      RoleArn: !GetAtt NotebookRole.Arn
                      RootAccess: Disabled
                """),
            ]),
        types: ["AWS::SageMaker::NotebookInstance"], terraform: ["root_access"], cloudFormation: ["RootAccess"],
        expectation: .oneOf([.string("Disabled")]), whenMissing: "the default is Enabled",
        problem: "gives notebook users root")
}

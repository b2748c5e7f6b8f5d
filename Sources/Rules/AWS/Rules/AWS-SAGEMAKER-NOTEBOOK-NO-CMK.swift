extension AWSSettingRule {
    static let sagemakerNotebookNoCmk = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-SAGEMAKER-NOTEBOOK-NO-CMK", title: "SageMaker notebook volume is not encrypted with a KMS key", severity: .low, cwe: 311,
            checklist: "Data protection › Customer-managed keys where the data needs audited access",
            rationale: "The notebook's storage volume is encrypted with an AWS-managed key unless a KMS key is given; a customer key adds auditing and revocation. Low.",
            recommendation: "Set `kms_key_id` (CloudFormation: `KmsKeyId`).",
            equivalents: [.checkov("CKV_AWS_22")],
            triggering: [
                """
                ↓resource "aws_sagemaker_notebook_instance" "main" {
                  name          = "research"
                  instance_type = "ml.t3.medium"
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
            ],
            nonTriggering: [
                """
                resource "aws_sagemaker_notebook_instance" "main" {
                  name          = "research"
                  instance_type = "ml.t3.medium"
                  kms_key_id = aws_kms_key.main.arn
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      RoleArn: !GetAtt NotebookRole.Arn
                      KmsKeyId: !GetAtt Key.Arn
                """),
            ]),
        types: ["AWS::SageMaker::NotebookInstance"], terraform: ["kms_key_id"], cloudFormation: ["KmsKeyId"],
        expectation: .present, whenMissing: "the volume uses an AWS-managed key",
        problem: "uses an encryption key nobody can audit")
}

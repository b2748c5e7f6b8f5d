extension AWSSettingRule {
    static let ec2NotEbsOptimized = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-EC2-NOT-EBS-OPTIMIZED", title: "EC2 instance is not EBS-optimized", severity: .low, cwe: 400,
            checklist: "Resilience › Resource use is bounded",
            rationale: "Without EBS optimisation disk and network traffic share bandwidth, so a network flood also starves storage. Low: current instance types are EBS-optimized by default and ignore the setting.",
            recommendation: "Remove `ebs_optimized = false` (CloudFormation: `EbsOptimized`).",
            equivalents: [.checkov("CKV_AWS_135")],
            triggering: [
                """
                resource "aws_instance" "main" {
                  ami           = "ami-0abcdef1234567890"
                  instance_type = "t3.micro"
                ↓  ebs_optimized = false
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                ↓      EbsOptimized: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_instance" "main" {
                  ami           = "ami-0abcdef1234567890"
                  instance_type = "t3.micro"
                  ebs_optimized = true
                }
                """,
                """
                resource "aws_instance" "main" {
                  ami           = "ami-0abcdef1234567890"
                  instance_type = "t3.micro"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                      EbsOptimized: true
                """),
            ]),
        types: ["AWS::EC2::Instance"], terraform: ["ebs_optimized"], cloudFormation: ["EbsOptimized"],
        expectation: .noneOf([.bool(false)]), whenMissing: nil,
        problem: "shares storage and network bandwidth")
}

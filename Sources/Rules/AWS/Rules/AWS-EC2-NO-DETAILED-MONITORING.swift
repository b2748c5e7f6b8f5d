extension AWSSettingRule {
    static let ec2NoDetailedMonitoring = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-EC2-NO-DETAILED-MONITORING", title: "EC2 instance has no detailed monitoring", severity: .low, cwe: 778,
            checklist: "Logging › Activity and access are logged",
            rationale: "Detailed monitoring publishes metrics every minute instead of five, which is what alarms on abuse (a CPU-bound miner, a traffic spike) need. Low: observability.",
            recommendation: "Set `monitoring = true` (CloudFormation: `Monitoring: true`).",
            equivalents: [.checkov("CKV_AWS_126")],
            triggering: [
                """
                ↓resource "aws_instance" "main" {
                  ami           = "ami-0abcdef1234567890"
                  instance_type = "t3.micro"
                }
                """,
                """
                resource "aws_instance" "main" {
                  ami           = "ami-0abcdef1234567890"
                  instance_type = "t3.micro"
                ↓  monitoring = false
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                ↓      Monitoring: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_instance" "main" {
                  ami           = "ami-0abcdef1234567890"
                  instance_type = "t3.micro"
                  monitoring = true
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::EC2::Instance
                    Properties:
                      ImageId: ami-0abcdef1234567890
                      InstanceType: t3.micro
                      Monitoring: true
                """),
            ]),
        types: ["AWS::EC2::Instance"], terraform: ["monitoring"], cloudFormation: ["Monitoring"],
        expectation: .oneOf([.bool(true)]), whenMissing: "metrics come every five minutes",
        problem: "has coarse metrics only",
        inheritedThrough: ["launch_template"])
}

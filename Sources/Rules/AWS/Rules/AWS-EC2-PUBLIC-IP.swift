extension AWSSettingRule {
    static let ec2PublicIP = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-EC2-PUBLIC-IP", title: "Instance gets a public IP address", severity: .medium, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "A public address puts the instance one security-group rule away from the internet; workloads normally sit in private subnets behind a load balancer or NAT. Medium: exposure still depends on the security groups.",
            recommendation: "Remove `associate_public_ip_address = true` and place the instance in a private subnet. In CloudFormation, remove `AssociatePublicIpAddress: true` and launch into private subnets.",
            equivalents: [.checkov("CKV_AWS_88")],
            triggering: [
                """
                resource "aws_instance" "web" {
                  ami                         = "ami-12345678"
                ↓  associate_public_ip_address = true
                  metadata_options {
                    http_tokens = "required"
                  }
                }
                """,
                .template("""
                Resources:
                  Workers:
                    Type: AWS::AutoScaling::LaunchConfiguration
                    Properties:
                      ImageId: ami-12345678
                ↓      AssociatePublicIpAddress: true
                """),
            ],
            nonTriggering: [
                """
                resource "aws_instance" "web" {
                  ami       = "ami-12345678"
                  subnet_id = aws_subnet.private.id
                }
                """,
                .template("""
                Resources:
                  Workers:
                    Type: AWS::AutoScaling::LaunchConfiguration
                    Properties:
                      ImageId: ami-12345678
                      AssociatePublicIpAddress: false
                """),
            ]),
        types: ["AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"], terraform: ["associate_public_ip_address"], cloudFormation: ["AssociatePublicIpAddress"],
        expectation: .noneOf([.bool(true)]), whenMissing: nil, problem: "is directly addressable from the internet")
}

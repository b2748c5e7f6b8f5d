extension AWSIngressRule {
    static let rdp = AWSIngressRule(
        description: RuleDescription(
            id: "AWS-SG-OPEN-RDP", title: "Security group allows RDP from the internet", severity: .critical, cwe: 284,
            checklist: "Network exposure › Administration ports are not open to the internet",
            rationale: "RDP exposed to the internet is a leading ransomware entry point (brute force, BlueKeep-class bugs). Critical: direct remote access to hosts.",
            recommendation: "Restrict the source to known ranges, or use SSM Fleet Manager or a bastion.",
            equivalents: [.checkov("CKV_AWS_25"), .trivy("AVD-AWS-0107")],
            triggering: [
                """
                resource "aws_security_group_rule" "rdp" {
                  type        = "ingress"
                  from_port   = 3389
                  to_port     = 3389
                  protocol    = "tcp"
                ↓  cidr_blocks = ["0.0.0.0/0"]
                }
                """,
                .template("""
                Resources:
                  Windows:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: windows
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 10.0.0.0/8}
                ↓        - {IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 0.0.0.0/0}
                """),
            ],
            nonTriggering: [
                """
                resource "aws_security_group_rule" "rdp" {
                  type        = "egress"
                  from_port   = 3389
                  to_port     = 3389
                  protocol    = "tcp"
                  cidr_blocks = ["0.0.0.0/0"]
                }
                """,
                .template("""
                Resources:
                  Windows:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: windows
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 3389, ToPort: 3389, SourceSecurityGroupId: !Ref Bastion}
                """),
            ]),
        scope: .service(.rdp), service: "RDP")
}

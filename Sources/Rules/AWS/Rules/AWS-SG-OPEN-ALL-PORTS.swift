extension AWSIngressRule {
    static let allPorts = AWSIngressRule(
        description: RuleDescription(
            id: "AWS-SG-OPEN-ALL-PORTS", title: "Security group opens all ports (or several critical services) to the internet", severity: .critical, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "A permission for every protocol, or a port range spanning administration and database ports, exposes every service the instances run: SSH, RDP, databases and whatever listens next. Critical. It is reported once, here, rather than once per service it reaches; ICMP permissions have no ports and are not reported.",
            recommendation: "Open only the ports the service needs, from known ranges or the load balancer's security group.",
            equivalents: [.checkov("CKV_AWS_277"), .trivy("AVD-AWS-0107")],
            subsumes: ["AWS-SG-OPEN-SSH", "AWS-SG-OPEN-RDP", "AWS-SG-OPEN-DATABASE"],
            triggering: [
                """
                resource "aws_security_group_rule" "everything" {
                  type        = "ingress"
                  from_port   = 0
                  to_port     = 0
                  protocol    = "-1"
                ↓  cidr_blocks = ["0.0.0.0/0"]
                }
                """,
                """
                resource "aws_security_group" "wide" {
                  ingress {
                    from_port   = 1
                    to_port     = 10000
                    protocol    = "tcp"
                ↓    cidr_blocks = ["0.0.0.0/0"]
                  }
                }
                """,
                .template("""
                Resources:
                  Open:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: everything
                      SecurityGroupIngress:
                ↓        - {IpProtocol: "-1", CidrIp: 0.0.0.0/0}
                """),
            ],
            nonTriggering: [
                """
                resource "aws_security_group_rule" "ping" {
                  type        = "ingress"
                  from_port   = -1
                  to_port     = -1
                  protocol    = "icmp"
                  cidr_blocks = ["0.0.0.0/0"]
                }
                """,
                """
                resource "aws_security_group_rule" "everything_internal" {
                  type        = "ingress"
                  from_port   = 0
                  to_port     = 0
                  protocol    = "-1"
                  cidr_blocks = ["10.0.0.0/8"]
                }
                """,
                """
                resource "aws_security_group_rule" "dns" {
                  type        = "ingress"
                  from_port   = 1
                  to_port     = 1024
                  protocol    = "udp"
                  cidr_blocks = ["0.0.0.0/0"]
                }
                """,
                .template("""
                Resources:
                  Ping:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: ping
                      SecurityGroupIngress:
                        - {IpProtocol: icmp, FromPort: -1, ToPort: -1, CidrIp: 0.0.0.0/0}
                """),
            ]),
        scope: .severalServices, service: "every service")
}

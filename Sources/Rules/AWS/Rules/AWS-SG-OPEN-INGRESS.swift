extension AWSIngressRule {
    static let anyPort = AWSIngressRule(
        description: RuleDescription(
            id: "AWS-SG-OPEN-INGRESS", title: "Security group allows ingress from the internet", severity: .high, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "Every port open to `0.0.0.0/0` or `::/0` is attack surface, and internal services (metrics, admin consoles, message brokers) exposed this way are routinely found by scanners. High. Administration and database ports are reported as critical by their own rules; a single web port (80 or 443) is not reported, since serving the web is the usual reason for public ingress.",
            recommendation: "Restrict the source to known ranges, or put the service behind a load balancer and allow only its security group.",
            equivalents: [.trivy("AVD-AWS-0107")],
            triggering: [
                """
                resource "aws_security_group" "web" {
                  ingress {
                    from_port        = 8080
                    to_port          = 8080
                    protocol         = "tcp"
                ↓    ipv6_cidr_blocks = ["::/0"]
                  }
                }
                """,
                """
                resource "aws_security_group" "web" {
                  dynamic "ingress" {
                    for_each = var.enabled ? [1] : []
                    content {
                      from_port   = 8000
                      to_port     = 8100
                      protocol    = "tcp"
                ↓      cidr_blocks = ["0.0.0.0/0"]
                    }
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
                        - IpProtocol: tcp
                          FromPort: 6000
                          ToPort: 6100
                ↓          CidrIp: 0.0.0.0/0
                        - IpProtocol: tcp
                          FromPort: 8080
                          ToPort: 8081
                ↓          CidrIpv6: ::/0
                """),
            ],
            nonTriggering: [
                """
                resource "aws_security_group" "internal" {
                  ingress {
                    from_port   = 8080
                    to_port     = 8080
                    protocol    = "tcp"
                    cidr_blocks = ["192.0.2.0/24"]
                  }
                }
                """,
                """
                resource "aws_security_group" "load_balancer" {
                  ingress {
                    from_port   = 443
                    to_port     = 443
                    protocol    = "tcp"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                }
                """,
                .template("""
                Resources:
                  Web:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: web
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
                        - {IpProtocol: "-1", CidrIp: 10.0.0.0/8}
                        - {IpProtocol: icmp, FromPort: -1, ToPort: -1, CidrIp: 0.0.0.0/0}
                """),
            ]),
        scope: .otherPorts, service: "ingress")
}

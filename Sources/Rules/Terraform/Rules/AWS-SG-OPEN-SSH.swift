extension OpenIngressRule {
    static let awsSSH = OpenIngressRule(
        description: RuleDescription(
            id: "AWS-SG-OPEN-SSH", title: "Security group allows SSH from the internet", severity: .critical, cwe: 284,
            checklist: "Network exposure › Administration ports are not open to the internet",
            rationale: "SSH open to `0.0.0.0/0` or `::/0` is brute-forced within minutes of creation and exposes every SSH vulnerability to the world. Critical: direct remote access to hosts.",
            recommendation: "Restrict the source to known ranges, or remove the rule and use SSM Session Manager or a bastion.",
            equivalents: [.checkov("CKV_AWS_24"), .trivy("AVD-AWS-0107")],
            triggering: [
                """
                resource "aws_security_group" "web" {
                  ingress {
                    from_port   = 22
                    to_port     = 22
                    protocol    = "tcp"
                ↓    cidr_blocks = ["0.0.0.0/0"]
                  }
                }
                """,
                """
                resource "aws_vpc_security_group_ingress_rule" "ssh" {
                  security_group_id = aws_security_group.web.id
                  from_port         = 22
                  to_port           = 22
                  ip_protocol       = "tcp"
                ↓  cidr_ipv6         = "::/0"
                }
                """,
                """
                resource "aws_security_group_rule" "admin" {
                  type        = "ingress"
                  from_port   = 20
                  to_port     = 25
                  protocol    = "tcp"
                ↓  cidr_blocks = var.allowed
                }
                variable "allowed" {
                  default = ["10.0.0.0/8", "0.0.0.0/0"]
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_security_group" "web" {
                  ingress {
                    from_port   = 22
                    to_port     = 22
                    protocol    = "tcp"
                    cidr_blocks = ["10.0.0.0/8"]
                  }
                }
                """,
                """
                resource "aws_security_group_rule" "ssh" {
                  type        = "ingress"
                  from_port   = 22
                  to_port     = 22
                  protocol    = "tcp"
                  cidr_blocks = var.allowed
                }
                """,
                """
                resource "aws_security_group_rule" "udp_on_22" {
                  type        = "ingress"
                  from_port   = 22
                  to_port     = 22
                  protocol    = "udp"
                  cidr_blocks = ["0.0.0.0/0"]
                }
                """,
            ]),
        firewall: .awsSecurityGroups, scope: .service(.ssh), service: "SSH")
}

extension AWSIngressRule {
    static let ssh = AWSIngressRule(
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
                .template("""
                Resources:
                  Bastion:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: bastion
                      SecurityGroupIngress:
                        - IpProtocol: tcp
                          FromPort: 22
                          ToPort: 22
                ↓          CidrIp: 0.0.0.0/0
                """),
                .template("""
                Resources:
                  BastionSSH:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: !Ref Bastion
                      IpProtocol: tcp
                      FromPort: 20
                      ToPort: 30
                ↓      CidrIpv6: ::/0
                """),
                .template("""
                Parameters:
                  SSHLocation:
                    Type: String
                    Default: 0.0.0.0/0
                Resources:
                  Bastion:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: bastion
                      SecurityGroupIngress:
                        - IpProtocol: tcp
                          FromPort: 22
                          ToPort: 22
                ↓          CidrIp: !Ref SSHLocation
                """),
                .template("""
                Parameters:
                  Environment:
                    Type: String
                    AllowedValues: [dev, prod]
                Conditions:
                  IsDev: !Equals [!Ref Environment, dev]
                Resources:
                  Bastion:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: bastion
                      SecurityGroupIngress: !If
                        - IsDev
                ↓        - [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}]
                        - !Ref AWS::NoValue
                """),
                """
                module "bastion" {
                  source              = "terraform-aws-modules/security-group/aws"
                  version             = "~> 5.0"
                  name                = "bastion"
                ↓  ingress_cidr_blocks = ["0.0.0.0/0"]
                  ingress_rules       = ["ssh-tcp"]
                }
                """,
                """
                module "ssh" {
                  source              = "git::https://github.com/terraform-aws-modules/terraform-aws-security-group.git//modules/ssh?ref=v5.1.0"
                ↓  ingress_cidr_blocks = ["0.0.0.0/0"]
                }
                """,
                RuleExample("""
                {
                  "format_version": "1.2",
                  "planned_values": {
                    "root_module": {
                      "resources": [
                        {
                          "address": "aws_security_group.bastion",
                          "mode": "managed",
                          "type": "aws_security_group",
                          "name": "bastion",
                          "values": {
                ↓            "ingress": [{ "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"] }]
                          }
                        }
                      ]
                    }
                  }
                }
                """, path: "tfplan.json"),
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
                .template("""
                Resources:
                  Bastion:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: bastion
                      SecurityGroupIngress:
                        - IpProtocol: tcp
                          FromPort: 22
                          ToPort: 22
                          CidrIp: 10.0.0.0/8
                        - IpProtocol: tcp
                          FromPort: !Ref AdminPort
                          ToPort: !Ref AdminPort
                          CidrIp: 0.0.0.0/0
                """),
                .template("""
                Parameters:
                  SSHLocation:
                    Type: String
                    Default: 203.0.113.0/24
                Resources:
                  Bastion:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: bastion
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref SSHLocation}
                """),
                .template("""
                Parameters:
                  Environment:
                    Type: String
                    Default: prod
                Conditions:
                  IsDev: !Equals [!Ref Environment, dev]
                  IsProd: !Not [!Condition IsDev]
                Resources:
                  Bastion:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: bastion
                      SecurityGroupIngress:
                        - !If
                          - IsProd
                          - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8}
                          - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
                  DevBastion:
                    Type: AWS::EC2::SecurityGroup
                    Condition: IsDev
                    Properties:
                      GroupDescription: dev bastion
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
                """),
                """
                module "bastion" {
                  source              = "terraform-aws-modules/security-group/aws"
                  version             = "~> 5.0"
                  name                = "bastion"
                  ingress_cidr_blocks = ["10.20.0.0/16"]
                  ingress_rules       = ["ssh-tcp"]
                }
                """,
            ]),
        scope: .service(.ssh), service: "SSH")
}

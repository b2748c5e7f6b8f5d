extension AWSIngressRule {
    static let database = AWSIngressRule(
        description: RuleDescription(
            id: "AWS-SG-OPEN-DATABASE", title: "Security group allows database ports from the internet", severity: .critical, cwe: 284,
            checklist: "Network exposure › Databases are not reachable from the internet",
            rationale: "Database ports (MySQL, PostgreSQL, SQL Server, Oracle, Redis, MongoDB, Elasticsearch…) open to the world are scanned continuously; exposed instances are wiped or ransomed within hours. Critical.",
            recommendation: "Allow database ports only from the application's security group or private ranges.",
            equivalents: [.trivy("AVD-AWS-0107")],
            triggering: [
                """
                resource "aws_security_group" "db" {
                  ingress {
                    from_port   = 5432
                    to_port     = 5432
                    protocol    = "tcp"
                ↓    cidr_blocks = ["0.0.0.0/0"]
                  }
                }
                """,
                .template("""
                Resources:
                  Database:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: !Ref DatabaseGroup
                      IpProtocol: tcp
                      FromPort: 5432
                      ToPort: 5432
                ↓      CidrIp: 0.0.0.0/0
                """),
            ],
            nonTriggering: [
                """
                resource "aws_security_group" "db" {
                  ingress {
                    from_port       = 5432
                    to_port         = 5432
                    protocol        = "tcp"
                    security_groups = [aws_security_group.app.id]
                  }
                }
                """,
                """
                resource "aws_security_group" "db" {
                  ingress {
                    from_port   = 5432
                    to_port     = 5432
                    protocol    = "tcp"
                    cidr_blocks = ["10.0.0.0/16"]
                  }
                }
                """,
                .template("""
                Resources:
                  Database:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: !Ref DatabaseGroup
                      IpProtocol: tcp
                      FromPort: 5432
                      ToPort: 5432
                      SourceSecurityGroupId: !Ref AppGroup
                """),
            ]),
        scope: .service(.database), service: "database connections")
}

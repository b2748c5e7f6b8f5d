extension AWSSettingRule {
    static let rdsPublicAccess = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-RDS-PUBLIC", title: "Database is publicly accessible", severity: .critical, cwe: 284,
            checklist: "Network exposure › Databases are not reachable from the internet",
            rationale: "A publicly accessible instance gets a public DNS name and address; only its security group and password stand between the internet and the data. Critical: databases are the first target of scanners.",
            recommendation: "Set `publicly_accessible = false` and reach the database through private networking (VPN, bastion, PrivateLink). In CloudFormation, set `PubliclyAccessible: false`.",
            equivalents: [.checkov("CKV_AWS_17"), .checkov("CKV_AWS_87"), .trivy("AVD-AWS-0082")],
            triggering: [
                """
                resource "aws_db_instance" "main" {
                  engine              = "mysql"
                ↓  publicly_accessible = true
                }
                """,
                """
                resource "aws_redshift_cluster" "warehouse" {
                  cluster_identifier  = "warehouse"
                ↓  publicly_accessible = local.public
                }
                locals {
                  public = true
                }
                """,
                // `terraform.tfvars` is loaded with the module: its value decides.
                RuleExample("""
                variable "public" {
                  type    = bool
                  default = false
                }
                resource "aws_db_instance" "main" {
                  engine              = "mysql"
                ↓  publicly_accessible = var.public
                }
                """, neighbours: ["terraform.tfvars": "public = true\n"]),
                .template("""
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                ↓      PubliclyAccessible: true
                """),
                // `Stage` has no default: both branches are judged, and the finding names `IsDemo`.
                .template("""
                Parameters:
                  Stage:
                    Type: String
                Conditions:
                  IsDemo: !Equals [!Ref Stage, demo]
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                ↓      PubliclyAccessible: !If [IsDemo, true, false]
                """),
                """
                module "orders" {
                  source              = "terraform-aws-modules/rds/aws"
                  version             = "6.10.0"
                  identifier          = "orders"
                ↓  publicly_accessible = true
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_db_instance" "main" {
                  engine              = "mysql"
                  publicly_accessible = false
                }
                """,
                """
                resource "aws_db_instance" "main" {
                  engine = "mysql"
                }
                """,
                RuleExample("""
                variable "public" {
                  type    = bool
                  default = true
                }
                resource "aws_db_instance" "main" {
                  engine              = "mysql"
                  publicly_accessible = var.public
                }
                """, neighbours: ["terraform.tfvars": "public = false\n"]),
                .template("""
                Parameters:
                  Stage:
                    Type: String
                    Default: prod
                Conditions:
                  IsDemo: !Equals [!Ref Stage, demo]
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      PubliclyAccessible: !If [IsDemo, true, false]
                """),
                """
                module "orders" {
                  source              = "terraform-aws-modules/rds/aws"
                  version             = "6.10.0"
                  identifier          = "orders"
                  publicly_accessible = false
                }
                """,
            ]),
        types: ["AWS::RDS::DBInstance", "AWS::Redshift::Cluster"], terraform: ["publicly_accessible"], cloudFormation: ["PubliclyAccessible"],
        expectation: .noneOf([.bool(true)]), whenMissing: nil, problem: "is reachable from the internet")
}

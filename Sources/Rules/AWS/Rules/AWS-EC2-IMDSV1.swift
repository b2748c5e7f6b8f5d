extension AWSSettingRule {
    static let ec2MetadataV2 = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-EC2-IMDSV1", title: "Instance metadata service v1 is enabled", severity: .high, cwe: 918,
            checklist: "Compute › Instance credentials are protected from SSRF",
            rationale: "IMDSv1 answers any GET request, so one server-side request forgery in the application hands out the instance role's credentials (the Capital One breach). High: it turns an application bug into cloud account access.",
            recommendation: "Add `metadata_options { http_tokens = \"required\" }`. In CloudFormation, set `LaunchTemplateData.MetadataOptions.HttpTokens: required` in the launch template.",
            equivalents: [.checkov("CKV_AWS_79"), .trivy("AVD-AWS-0028")],
            triggering: [
                """
                ↓resource "aws_instance" "web" {
                  ami           = "ami-12345678"
                  instance_type = "t3.micro"
                }
                """,
                """
                resource "aws_launch_template" "web" {
                  metadata_options {
                ↓    http_tokens = "optional"
                  }
                }
                """,
                """
                ↓resource "aws_instance" "web" {
                  count = 2
                  ami   = "ami-12345678"
                }
                """,
                .template("""
                Resources:
                ↓  Web:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        InstanceType: t3.micro
                """),
                .template("""
                Resources:
                  Web:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        MetadataOptions:
                ↓          HttpTokens: optional
                """),
            ],
            nonTriggering: [
                """
                resource "aws_instance" "web" {
                  ami           = "ami-12345678"
                  instance_type = "t3.micro"
                  metadata_options {
                    http_tokens = "required"
                  }
                }
                """,
                """
                resource "aws_instance" "web" {
                  count = 0
                  ami   = "ami-12345678"
                }
                """,
                """
                resource "aws_instance" "web" {
                  launch_template {
                    id = aws_launch_template.web.id
                  }
                }
                """,
                .template("""
                Resources:
                  Web:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        MetadataOptions:
                          HttpTokens: required
                """),
            ]),
        types: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate"], terraform: ["metadata_options.http_tokens"], cloudFormation: ["LaunchTemplateData.MetadataOptions.HttpTokens"],
        expectation: .oneOf([.string("required")]), whenMissing: "IMDSv1 stays enabled by default", problem: "serves credentials to unauthenticated metadata requests",
        inheritedThrough: ["launch_template"],
        appliesTo: { $0.isTerraform || $0.type == "AWS::EC2::LaunchTemplate" })
}

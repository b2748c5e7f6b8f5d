extension AWSSettingRule {
    static let ec2MetadataV2 = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-EC2-IMDSV1", title: "Instance metadata service v1 is enabled", severity: .high, cwe: 918,
            checklist: "Compute › Instance credentials are protected from SSRF",
            rationale: "IMDSv1 answers any GET request, so one server-side request forgery in the application hands out the instance role's credentials (the Capital One breach). High: it turns an application bug into cloud account access. Amazon Linux 2023 AMIs are marked IMDSv2-only, so an instance or launch template whose image is evidently AL2023 (an `aws_ami` data source of Amazon's filtering on `al2023-ami-*`, the public SSM parameter `/aws/service/ami-amazon-linux-latest/al2023-ami-…`, `{{resolve:ssm:…al2023-ami…}}`) needs no setting; an explicit `http_tokens = \"optional\"` is still reported.",
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
                """
                data "aws_ami" "al2023" {
                  most_recent = true
                  owners      = ["amazon"]
                  filter {
                    name   = "name"
                    values = ["al2023-ami-*-x86_64"]
                  }
                }
                resource "aws_instance" "web" {
                  ami = data.aws_ami.al2023.id
                  metadata_options {
                ↓    http_tokens = "optional"
                  }
                }
                """,
                """
                data "aws_ami" "lookalike" {
                  most_recent = true
                  owners      = ["123456789012"]
                  filter {
                    name   = "name"
                    values = ["al2023-ami-*"]
                  }
                }
                ↓resource "aws_instance" "web" {
                  ami = data.aws_ami.lookalike.id
                }
                """,
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
                """
                data "aws_ami" "al2023" {
                  most_recent = true
                  owners      = ["amazon"]
                  filter {
                    name   = "name"
                    values = ["al2023-ami-2023.*-x86_64"]
                  }
                }
                resource "aws_instance" "web" {
                  ami           = data.aws_ami.al2023.id
                  instance_type = "t3.micro"
                  metadata_options {
                    http_endpoint = "enabled"
                  }
                }
                """,
                """
                data "aws_ssm_parameter" "al2023" {
                  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64"
                }
                resource "aws_launch_template" "web" {
                  image_id = data.aws_ssm_parameter.al2023.value
                }
                """,
                .template("""
                Parameters:
                  LatestAmiId:
                    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
                    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64
                Resources:
                  Web:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        ImageId: !Ref LatestAmiId
                  Worker:
                    Type: AWS::EC2::LaunchTemplate
                    Properties:
                      LaunchTemplateData:
                        ImageId: "{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}"
                """),
            ]),
        types: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate"], terraform: ["metadata_options.http_tokens"], cloudFormation: ["LaunchTemplateData.MetadataOptions.HttpTokens"],
        expectation: .oneOf([.string("required")]), whenMissing: "IMDSv1 stays enabled by default", problem: "serves credentials to unauthenticated metadata requests",
        inheritedThrough: ["launch_template"],
        appliesTo: { $0.isTerraform || $0.type == "AWS::EC2::LaunchTemplate" },
        defaultIsSafe: AWSAmazonLinux.bootsAL2023)
}

/// What an instance's image says about its metadata defaults.
enum AWSAmazonLinux {
    /// AMI names and public SSM parameter names of Amazon Linux 2023, whose AMIs are IMDSv2-only.
    private static let marker = "al2023-ami-"
    /// Amazon's own AMI owners: an AL2023-looking name from any other account may be any image.
    private static let amazonOwners: Set<String> = ["amazon", "137112412989"]

    /// Whether the image the resource boots is evidently Amazon Linux 2023.
    static let bootsAL2023: @Sendable (AWSResource, AWSResources) -> Bool = { resource, resources in
        let paths = resource.isTerraform ? ["ami", "image_id"] : ["LaunchTemplateData.ImageId"]
        guard let (_, image) = resource.setting(anyOf: paths) else { return false }
        if [image.known.stringValue, image.literalText].contains(where: { $0.map(namesAL2023Parameter) ?? false }) { return true }
        return image.references.contains { address in
            guard let source = resources.resource(at: address) else { return false }
            switch source.type {
            case "Terraform::Data::SSMParameter":
                return source.setting("name")?.known.stringValue.map(namesAL2023Parameter) ?? false
            case "Terraform::Data::AMI":
                return isAmazonAL2023Lookup(source)
            default:
                return false
            }
        }
    }

    /// `/aws/service/ami-amazon-linux-latest/al2023-ami-…`, also inside `resolve:ssm:` and `{{resolve:ssm:…}}`.
    private static func namesAL2023Parameter(_ text: String) -> Bool {
        text.contains("/aws/service/ami-amazon-linux-latest/" + marker)
    }

    /// An `aws_ami` lookup owned by Amazon whose name filter or `name_regex` asks for AL2023 only.
    private static func isAmazonAL2023Lookup(_ lookup: AWSResource) -> Bool {
        guard let owners = lookup.setting("owners")?.known.listElements.compactMap(\.stringValue), !owners.isEmpty,
              owners.allSatisfy(amazonOwners.contains) else { return false }
        let names = (lookup.setting("filter")?.elements ?? []).filter { $0.member("name")?.known.stringValue == "name" }
            .flatMap { $0.member("values")?.known.listElements.compactMap(\.stringValue) ?? [] }
        if !names.isEmpty { return names.allSatisfy { $0.hasPrefix(marker) } }
        return lookup.setting("name_regex")?.known.stringValue.map { $0.hasPrefix("^" + marker) || $0.hasPrefix("^al2023-ami") } ?? false
    }
}

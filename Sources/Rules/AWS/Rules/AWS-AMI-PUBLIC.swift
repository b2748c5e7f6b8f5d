/// Images launchable by every AWS account: an `aws_ami_launch_permission` for the group `all`, or
/// an Image Builder distribution whose launch permission names the group `all`.
struct AMIPublicRule: Rule {
    let description = RuleDescription(
        id: "AWS-AMI-PUBLIC", title: "Machine image is shared with every AWS account", severity: .high, cwe: 200,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Storage › Images and snapshots are not public",
        rationale: "A public AMI can be copied and launched by anyone: its volumes carry whatever was baked in (application code, configuration, keys and credentials left on disk), and attackers scan for such images. High: it discloses the whole disk. Share with account ids, an organisation or organisational unit instead.",
        recommendation: "Grant launch permission to `account_id`, `organization_arn` or `organizational_unit_arn` instead of `group = \"all\"`; in Image Builder use `user_ids`, `organization_arns` or `organizational_unit_arns` rather than `user_groups = [\"all\"]` (CloudFormation: `LaunchPermissionConfiguration.UserIds`, `OrganizationArns`, `OrganizationalUnitArns`).",
        equivalents: [.checkov("CKV_AWS_205")],
        triggering: [
            """
            resource "aws_ami_launch_permission" "public" {
              image_id = aws_ami.app.id
            ↓  group    = "all"
            }
            """,
            """
            resource "aws_imagebuilder_distribution_configuration" "app" {
              name = "app"
              distribution {
                region = "eu-west-1"
                ami_distribution_configuration {
                  launch_permission {
            ↓        user_groups = ["all"]
                  }
                }
              }
            }
            """,
            .template("""
            Resources:
              Distribution:
                Type: AWS::ImageBuilder::DistributionConfiguration
                Properties:
                  Name: app
                  Distributions:
                    - Region: eu-west-1
                      AmiDistributionConfiguration:
                        LaunchPermissionConfiguration:
            ↓              UserGroups: [all]
            """),
        ],
        nonTriggering: [
            """
            resource "aws_ami_launch_permission" "shared" {
              image_id   = aws_ami.app.id
              account_id = "123456789012"
            }
            """,
            """
            resource "aws_imagebuilder_distribution_configuration" "app" {
              name = "app"
              distribution {
                region = "eu-west-1"
                ami_distribution_configuration {
                  launch_permission {
                    organization_arns = [data.aws_organizations_organization.current.arn]
                  }
                }
              }
            }
            """,
            // A module's switch, off by default: the group list is empty.
            """
            variable "public" {
              type    = bool
              default = false
            }
            resource "aws_imagebuilder_distribution_configuration" "app" {
              name = "app"
              distribution {
                region = "eu-west-1"
                ami_distribution_configuration {
                  launch_permission {
                    user_groups = var.public ? ["all"] : []
                    user_ids    = ["123456789012"]
                  }
                }
              }
            }
            """,
            .template("""
            Resources:
              Distribution:
                Type: AWS::ImageBuilder::DistributionConfiguration
                Properties:
                  Name: app
                  Distributions:
                    - Region: eu-west-1
                      AmiDistributionConfiguration:
                        LaunchPermissionConfiguration:
                          UserIds: ["123456789012"]
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        let permissions = resources.ofType("Terraform::EC2::AMILaunchPermission").compactMap { permission -> Violation? in
            guard let group = permission.setting("group"), Self.isEveryone(group) else { return nil }
            return permission.violation(at: group, message: "\(permission.address) lets every AWS account launch and copy the image.", detail: "group")
        }
        let distributions = resources.ofType("AWS::ImageBuilder::DistributionConfiguration").flatMap { configuration -> [Violation] in
            guard let distributions = configuration.setting(configuration.isTerraform ? "distribution" : "Distributions") else { return [] }
            return distributions.elements.compactMap { distribution in
                let path = configuration.isTerraform ? "ami_distribution_configuration.launch_permission.user_groups"
                                                     : "AmiDistributionConfiguration.LaunchPermissionConfiguration.UserGroups"
                guard let groups = distribution.value(at: path), let everyone = groups.elements.first(where: Self.isEveryone) else { return nil }
                let region = distribution.member(configuration.isTerraform ? "region" : "Region")?.known.stringValue.map { " in \($0)" } ?? ""
                return configuration.violation(at: everyone, message: "\(configuration.address) distributes its image\(region) to every AWS account.",
                                               detail: "user_groups\(region)")
            }
        }
        return permissions + distributions
    }

    private static func isEveryone(_ value: AWSValue) -> Bool {
        value.known.stringValue?.lowercased() == "all"
    }
}

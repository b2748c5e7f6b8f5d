/// The VPC's default security group given rules: inline in `aws_default_security_group`, or added
/// by separate rule resources that name the default group (`aws_vpc.x.default_security_group_id`,
/// `!GetAtt Vpc.DefaultSecurityGroup`).
struct DefaultSecurityGroupTrafficRule: Rule {
    let description = RuleDescription(
        id: "AWS-DEFAULT-SG-ALLOWS-TRAFFIC", title: "Default security group allows traffic", severity: .medium, cwe: 284,
        checklist: "Network exposure › Default security groups and network ACLs allow no traffic",
        rationale: "Every instance, endpoint or function launched without an explicit security group lands in the VPC's default group, so whatever it allows silently applies to resources nobody meant to expose (CIS AWS 5.4). Medium: it widens access for everything that forgets a group. An `aws_default_security_group` with no rules is the secure form: Terraform then removes the group's default rules.",
        recommendation: "Declare `aws_default_security_group` with no `ingress` or `egress` blocks and give resources their own security groups; do not attach rules to `aws_vpc.<name>.default_security_group_id`. In CloudFormation, do not add `AWS::EC2::SecurityGroupIngress`/`Egress` to `!GetAtt <VPC>.DefaultSecurityGroup`.",
        equivalents: [.checkov("CKV2_AWS_12"), .trivy("AVD-AWS-0173"), .kics("Default Security Groups With Unrestricted Traffic")],
        triggering: [
            """
            resource "aws_default_security_group" "default" {
              vpc_id = aws_vpc.main.id
            ↓  ingress {
                protocol  = -1
                self      = true
                from_port = 0
                to_port   = 0
              }
            }
            """,
            """
            resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"
            }
            resource "aws_vpc_security_group_ingress_rule" "https" {
            ↓  security_group_id = aws_vpc.main.default_security_group_id
              cidr_ipv4         = "10.0.0.0/8"
              from_port         = 443
              to_port           = 443
              ip_protocol       = "tcp"
            }
            """,
            .template("""
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              DefaultHttps:
                Type: AWS::EC2::SecurityGroupIngress
                Properties:
            ↓      GroupId: !GetAtt Vpc.DefaultSecurityGroup
                  IpProtocol: tcp
                  FromPort: 443
                  ToPort: 443
                  CidrIp: 10.0.0.0/8
            """),
        ],
        nonTriggering: [
            """
            resource "aws_default_security_group" "default" {
              vpc_id = aws_vpc.main.id
            }
            """,
            """
            resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"
            }
            resource "aws_security_group" "web" {
              vpc_id = aws_vpc.main.id
            }
            resource "aws_vpc_security_group_ingress_rule" "https" {
              security_group_id = aws_security_group.web.id
              cidr_ipv4         = "10.0.0.0/8"
              from_port         = 443
              to_port           = 443
              ip_protocol       = "tcp"
            }
            """,
            .template("""
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              WebHttps:
                Type: AWS::EC2::SecurityGroupIngress
                Properties:
                  GroupId: !GetAtt WebGroup.GroupId
                  IpProtocol: tcp
                  FromPort: 443
                  ToPort: 443
                  CidrIp: 10.0.0.0/8
            """),
        ])

    /// Separate rule resources and the setting naming their group, per format.
    private static let ruleResources: [(type: String, terraform: String, cloudFormation: String)] = [
        ("AWS::EC2::SecurityGroupIngress", "security_group_id", "GroupId"),
        ("AWS::EC2::SecurityGroupEgress", "security_group_id", "GroupId"),
        ("Terraform::EC2::SecurityGroupRule", "security_group_id", ""),
    ]

    func check(_ resources: AWSResources) -> [Violation] {
        let inline = resources.ofType("Terraform::EC2::DefaultSecurityGroup").compactMap { group -> Violation? in
            guard let (name, rules) = group.setting(anyOf: ["ingress", "egress"]) else { return nil }
            return group.violation(at: rules, message: "\(group.address) gives the default security group `\(name)` rules; every resource launched without a group of its own gets them.",
                                   detail: "rules")
        }
        let attached = Self.ruleResources.flatMap { type, terraform, cloudFormation in
            resources.ofType(type).compactMap { rule -> Violation? in
                guard let group = rule.setting(rule.isTerraform ? terraform : cloudFormation),
                      let target = Self.defaultGroup(named: group, in: resources) else { return nil }
                return rule.violation(at: group, message: "\(rule.address) adds a rule to the default security group of `\(target)`; every resource launched without a group of its own gets it.",
                                      detail: "default_security_group")
            }
        }
        return inline + attached
    }

    /// The VPC or default-group resource a group id refers to: the only security group a VPC
    /// reference can name is its default group (`default_security_group_id`, `DefaultSecurityGroup`).
    private static func defaultGroup(named value: AWSValue, in resources: AWSResources) -> String? {
        resources.referenced(by: value, ofType: ["AWS::EC2::VPC", "Terraform::EC2::DefaultSecurityGroup"])?.first?.address
    }
}

extension AWSSettingRule {
    static let subnetPublicIPOnLaunch = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-SUBNET-PUBLIC-IP-ON-LAUNCH", title: "Subnet gives every instance a public IP address", severity: .medium, cwe: 668,
            checklist: "Network exposure › Instances have public IPs only where needed",
            rationale: "With `map_public_ip_on_launch` every instance, task and node started in the subnet is reachable from the internet as soon as one security-group rule lets it, whether or not it was meant to be public. Medium: it turns each later mistake into an exposure. Load balancers and NAT gateways in a public subnet need no automatic public addresses.",
            recommendation: "Leave `map_public_ip_on_launch` unset (false) and give the few instances that need one an Elastic IP or `associate_public_ip_address`. In CloudFormation, remove `MapPublicIpOnLaunch` or set it to `false`.",
            equivalents: [.checkov("CKV_AWS_130"), .trivy("AVD-AWS-0164"), .kics("VPC Subnet Assigns Public IP")],
            triggering: [
                """
                resource "aws_subnet" "public" {
                  vpc_id                  = aws_vpc.main.id
                  cidr_block              = "10.0.1.0/24"
                ↓  map_public_ip_on_launch = true
                }
                """,
                .template("""
                Resources:
                  PublicSubnet:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Vpc
                      CidrBlock: 10.0.1.0/24
                ↓      MapPublicIpOnLaunch: "true"
                """),
            ],
            nonTriggering: [
                """
                resource "aws_subnet" "public" {
                  vpc_id                  = aws_vpc.main.id
                  cidr_block              = "10.0.1.0/24"
                  map_public_ip_on_launch = false
                }
                """,
                """
                resource "aws_subnet" "private" {
                  vpc_id     = aws_vpc.main.id
                  cidr_block = "10.0.2.0/24"
                }
                """,
                .template("""
                Resources:
                  PublicSubnet:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Vpc
                      CidrBlock: 10.0.1.0/24
                      MapPublicIpOnLaunch: false
                """),
            ]),
        types: ["AWS::EC2::Subnet"], terraform: ["map_public_ip_on_launch"], cloudFormation: ["MapPublicIpOnLaunch"],
        expectation: .noneOf([.bool(true)]), whenMissing: nil, problem: "assigns a public IP address to every instance launched in it")
}

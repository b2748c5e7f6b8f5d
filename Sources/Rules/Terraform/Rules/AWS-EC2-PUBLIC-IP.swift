extension ResourceSettingRule {
    static let ec2PublicIP = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-EC2-PUBLIC-IP", title: "Instance gets a public IP address", severity: .medium, cwe: 284,
            checklist: "Network exposure › Only intended services are reachable from the internet",
            rationale: "A public address puts the instance one security-group rule away from the internet; workloads normally sit in private subnets behind a load balancer or NAT. Medium: exposure still depends on the security groups.",
            recommendation: "Remove `associate_public_ip_address = true` and place the instance in a private subnet.",
            equivalents: [.checkov("CKV_AWS_88")],
            triggering: [
                """
                resource "aws_instance" "web" {
                  ami                         = "ami-12345678"
                ↓  associate_public_ip_address = true
                  metadata_options {
                    http_tokens = "required"
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_instance" "web" {
                  ami       = "ami-12345678"
                  subnet_id = aws_subnet.private.id
                }
                """,
            ]),
        resourceTypes: ["aws_instance", "aws_launch_configuration"], setting: ["associate_public_ip_address"],
        expectation: .never([.bool(true)]), problem: "is directly addressable from the internet")
}

extension AWSSettingRule {
    static let ec2SerialConsole = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-EC2-SERIAL-CONSOLE", title: "EC2 serial console access is enabled for the account", severity: .medium, cwe: 284,
            checklist: "Compute › Out-of-band console access is disabled",
            rationale: "The EC2 serial console gives a root-level text console of any instance in the region to whoever holds `ec2-instance-connect:SendSerialConsoleSSHPublicKey`, bypassing security groups, network ACLs and SSH configuration. Medium: it is a second, network-independent way in, meant to be turned on only while repairing an instance. CloudFormation has no resource for this account setting, so only Terraform declares it.",
            recommendation: "Set `enabled = false` on `aws_ec2_serial_console_access`, or remove the resource and enable the console only for the duration of a repair.",
            equivalents: [],
            triggering: [
                """
                ↓resource "aws_ec2_serial_console_access" "this" {
                }
                """,
                """
                resource "aws_ec2_serial_console_access" "this" {
                ↓  enabled = true
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_ec2_serial_console_access" "this" {
                  enabled = false
                }
                """,
            ]),
        types: ["Terraform::EC2::SerialConsoleAccess"], terraform: ["enabled"], cloudFormation: [],
        expectation: .oneOf([.bool(false)]), whenMissing: "the resource enables the console when `enabled` is left out",
        problem: "gives a root console of every instance in the region to IAM principals, past the network controls")
}

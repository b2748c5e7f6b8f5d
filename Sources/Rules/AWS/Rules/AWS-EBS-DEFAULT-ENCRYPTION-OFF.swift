extension AWSSettingRule {
    static let ebsDefaultEncryptionOff = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-EBS-DEFAULT-ENCRYPTION-OFF", title: "EBS encryption by default is turned off", severity: .medium, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "With the region's encryption by default off, every volume and snapshot someone creates without asking for encryption (by hand, by an old template, by a tool) is stored in clear. Medium: a guard rail for data at rest, not a leak by itself.",
            recommendation: "Set `enabled = true` on `aws_ebs_encryption_by_default` (or remove the resource only where another stack enables it), ideally with `aws_ebs_default_kms_key` naming a customer-managed key. CloudFormation has no resource for this account setting.",
            equivalents: [.checkov("CKV_AWS_106")],
            triggering: [
                """
                resource "aws_ebs_encryption_by_default" "this" {
                ↓  enabled = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_ebs_encryption_by_default" "this" {
                  enabled = true
                }
                """,
                """
                resource "aws_ebs_encryption_by_default" "this" {}
                """,
            ]),
        types: ["Terraform::EC2::EBSEncryptionByDefault"], terraform: ["enabled"], cloudFormation: [],
        // The resource's `enabled` defaults to true.
        expectation: .oneOf([.bool(true)]), whenMissing: nil,
        problem: "leaves new volumes unencrypted unless each asks")
}

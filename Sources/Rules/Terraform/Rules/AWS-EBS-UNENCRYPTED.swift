extension ResourceSettingRule {
    static let ebsEncryption = ResourceSettingRule(
        description: RuleDescription(
            id: "AWS-EBS-UNENCRYPTED", title: "EBS volume is not encrypted", severity: .high, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "An unencrypted volume, and every snapshot of it, can be read by whoever obtains a copy (shared snapshots, a compromised account). High: the volume holds application data and the fix costs nothing.",
            recommendation: "Set `encrypted = true` (and `kms_key_id` for a customer-managed key), or enable EBS encryption by default for the account.",
            equivalents: [.checkov("CKV_AWS_3"), .trivy("AVD-AWS-0026")],
            triggering: [
                """
                ↓resource "aws_ebs_volume" "data" {
                  availability_zone = "eu-west-1a"
                  size              = 40
                }
                """,
                """
                resource "aws_ebs_volume" "data" {
                  availability_zone = "eu-west-1a"
                ↓  encrypted         = var.encrypt
                }
                variable "encrypt" {
                  default = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_ebs_volume" "data" {
                  availability_zone = "eu-west-1a"
                  encrypted         = true
                }
                """,
                """
                resource "aws_ebs_volume" "data" {
                  availability_zone = "eu-west-1a"
                  encrypted         = var.encrypt
                }
                variable "encrypt" {
                  type = bool
                }
                """,
            ]),
        resourceTypes: ["aws_ebs_volume"], setting: ["encrypted"], expectation: .explicitly([.bool(true)]),
        problem: "is not encrypted at rest", inheritedThrough: ["snapshot_id"])
}

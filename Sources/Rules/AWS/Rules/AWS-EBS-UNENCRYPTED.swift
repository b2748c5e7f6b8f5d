extension AWSSettingRule {
    static let ebsEncryption = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-EBS-UNENCRYPTED", title: "EBS volume is not encrypted", severity: .high, cwe: 311,
            checklist: "Data protection › Data at rest is encrypted",
            rationale: "An unencrypted volume, and every snapshot of it, can be read by whoever obtains a copy (shared snapshots, a compromised account). High: the volume holds application data and the fix costs nothing.",
            recommendation: "Set `encrypted = true` (and `kms_key_id` for a customer-managed key), or enable EBS encryption by default for the account. In CloudFormation, set `Encrypted: true` (and `KmsKeyId` for a customer-managed key).",
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
                .template("""
                Resources:
                ↓  Data:
                    Type: AWS::EC2::Volume
                    Properties:
                      AvailabilityZone: eu-west-1a
                      Size: 40
                """),
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
                .template("""
                Resources:
                  Data:
                    Type: AWS::EC2::Volume
                    Properties:
                      AvailabilityZone: eu-west-1a
                      Encrypted: true
                """),
                .template("""
                Resources:
                  Restored:
                    Type: AWS::EC2::Volume
                    Properties:
                      AvailabilityZone: eu-west-1a
                      SnapshotId: snap-0123456789abcdef0
                """),
            ]),
        types: ["AWS::EC2::Volume"], terraform: ["encrypted"], cloudFormation: ["Encrypted"],
        expectation: .oneOf([.bool(true)]), whenMissing: "volumes are unencrypted unless the account turns on EBS encryption by default", problem: "is not encrypted at rest",
        inheritedThrough: ["snapshot_id", "SnapshotId"])
}

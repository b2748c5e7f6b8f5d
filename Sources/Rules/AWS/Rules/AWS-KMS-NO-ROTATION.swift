extension AWSSettingRule {
    static let kmsKeyRotation = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-KMS-NO-ROTATION", title: "KMS key rotation is disabled", severity: .medium, cwe: 320,
            checklist: "Data protection › Encryption keys are rotated",
            rationale: "Automatic rotation limits how much data one key version protects and how long a leaked key stays useful. Medium: a defence-in-depth control for keys already access-controlled by IAM. Only symmetric encryption keys can rotate: asymmetric and HMAC keys are not judged.",
            recommendation: "Set `enable_key_rotation = true` on symmetric customer-managed keys (CloudFormation: `EnableKeyRotation: true`).",
            equivalents: [.checkov("CKV_AWS_7"), .trivy("AVD-AWS-0065")],
            triggering: [
                """
                ↓resource "aws_kms_key" "data" {
                  description = "data key"
                }
                """,
                .template("""
                Resources:
                ↓  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      Description: data key
                """),
            ],
            nonTriggering: [
                """
                resource "aws_kms_key" "data" {
                  description         = "data key"
                  enable_key_rotation = true
                }
                """,
                """
                resource "aws_kms_key" "signing" {
                  description              = "release signing"
                  customer_master_key_spec = "ECC_NIST_P256"
                  key_usage                = "SIGN_VERIFY"
                }
                """,
                .template("""
                Resources:
                  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      Description: data key
                      EnableKeyRotation: true
                  SigningKey:
                    Type: AWS::KMS::Key
                    Properties:
                      KeySpec: RSA_4096
                      KeyUsage: SIGN_VERIFY
                """),
            ]),
        types: ["AWS::KMS::Key"], terraform: ["enable_key_rotation"], cloudFormation: ["EnableKeyRotation"],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is never", problem: "is never rotated",
        appliesTo: { key in
            // AWS rotates only symmetric encryption keys; an unknown spec may be asymmetric.
            guard let spec = key.setting(anyOf: key.isTerraform ? ["customer_master_key_spec", "key_spec"] : ["KeySpec"]) else { return true }
            return spec.value.known.stringValue?.uppercased() == "SYMMETRIC_DEFAULT"
        })
}

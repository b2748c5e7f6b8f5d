extension AWSPolicyStatementRule {
    static let publicKeyPolicy = AWSPolicyStatementRule(
        description: RuleDescription(
            id: "AWS-KMS-PUBLIC-POLICY", title: "KMS key policy grants access to anyone", severity: .critical, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Data protection › Encryption keys are access-controlled",
            rationale: "A key policy statement with `Principal: \"*\"` and no condition lets any AWS account use (or, with `kms:*`, administer) the key, so everything encrypted under it is only as private as its ciphertext. Critical.",
            recommendation: "Name the account root (`arn:aws:iam::<account>:root`) and the roles that use the key, or restrict `*` with `kms:CallerAccount` or `aws:PrincipalOrgID`.",
            equivalents: [.checkov("CKV_AWS_33")],
            triggering: [
                """
                resource "aws_kms_key" "data" {
                  enable_key_rotation = true
                  policy = jsonencode({
                ↓    Statement = [{
                      Effect    = "Allow"
                      Principal = { AWS = "*" }
                      Action    = "kms:*"
                      Resource  = "*"
                    }]
                  })
                }
                """,
                .template("""
                Resources:
                  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                      KeyPolicy:
                        Statement:
                ↓          - Effect: Allow
                            Principal: "*"
                            Action: [kms:Decrypt]
                            Resource: "*"
                """),
            ],
            nonTriggering: [
                """
                resource "aws_kms_key" "data" {
                  enable_key_rotation = true
                  policy = jsonencode({
                    Statement = [{
                      Effect    = "Allow"
                      Principal = { AWS = "arn:aws:iam::123456789012:root" }
                      Action    = "kms:*"
                      Resource  = "*"
                    }]
                  })
                }
                """,
                .template("""
                Resources:
                  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                      KeyPolicy:
                        Statement:
                          - Effect: Allow
                            Principal: "*"
                            Action: [kms:Decrypt]
                            Resource: "*"
                            Condition:
                              StringEquals:
                                kms:CallerAccount: "123456789012"
                """),
            ]),
        roles: [.key],
        problem: { $0.grantsToAnyone ? "allows anyone to use the key" : nil })
}

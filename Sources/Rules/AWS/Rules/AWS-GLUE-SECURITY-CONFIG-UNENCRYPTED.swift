/// Glue security configurations that leave one of their three stores unencrypted: the S3 data
/// jobs write, the CloudWatch logs they emit and the job bookmarks that record their progress.
/// Each part left out or `DISABLED` is its own finding.
struct GlueSecurityConfigurationRule: Rule {
    let description = RuleDescription(
        id: "AWS-GLUE-SECURITY-CONFIG-UNENCRYPTED", title: "Glue security configuration leaves data, logs or bookmarks unencrypted", severity: .medium, cwe: 311,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Data protection › Data at rest is encrypted",
        rationale: "Jobs using the configuration write their output to S3, their logs (which echo records and errors) to CloudWatch and their bookmarks (which name the data processed) to Glue; each part set to `DISABLED` or left out stores that in the clear. Medium: ETL output is usually the most sensitive data of a data lake.",
        recommendation: "In `encryption_configuration`, set `s3_encryption { s3_encryption_mode = \"SSE-KMS\", kms_key_arn = … }`, `cloudwatch_encryption { cloudwatch_encryption_mode = \"SSE-KMS\", kms_key_arn = … }` and `job_bookmarks_encryption { job_bookmarks_encryption_mode = \"CSE-KMS\", kms_key_arn = … }`. In CloudFormation, set `S3Encryptions`, `CloudWatchEncryption` and `JobBookmarksEncryption` in `EncryptionConfiguration` likewise.",
        equivalents: [.checkov("CKV_AWS_99")],
        triggering: [
            """
            resource "aws_glue_security_configuration" "etl" {
              name = "etl"
              encryption_configuration {
                cloudwatch_encryption {
            ↓      cloudwatch_encryption_mode = "DISABLED"
                }
                job_bookmarks_encryption {
                  job_bookmarks_encryption_mode = "CSE-KMS"
                  kms_key_arn                   = aws_kms_key.glue.arn
                }
                s3_encryption {
                  s3_encryption_mode = "SSE-KMS"
                  kms_key_arn        = aws_kms_key.glue.arn
                }
              }
            }
            """,
            .template("""
            Resources:
              Etl:
                Type: AWS::Glue::SecurityConfiguration
                Properties:
                  Name: etl
                  EncryptionConfiguration:
                    CloudWatchEncryption:
                      CloudWatchEncryptionMode: SSE-KMS
                      KmsKeyArn: !GetAtt GlueKey.Arn
            ↓        JobBookmarksEncryption:
                      KmsKeyArn: !GetAtt GlueKey.Arn
                    S3Encryptions:
            ↓          - S3EncryptionMode: DISABLED
            """),
        ],
        nonTriggering: [
            """
            resource "aws_glue_security_configuration" "etl" {
              name = "etl"
              encryption_configuration {
                cloudwatch_encryption {
                  cloudwatch_encryption_mode = "SSE-KMS"
                  kms_key_arn                = aws_kms_key.glue.arn
                }
                job_bookmarks_encryption {
                  job_bookmarks_encryption_mode = "CSE-KMS"
                  kms_key_arn                   = aws_kms_key.glue.arn
                }
                s3_encryption {
                  s3_encryption_mode = "SSE-S3"
                }
              }
            }
            """,
            .template("""
            Resources:
              Etl:
                Type: AWS::Glue::SecurityConfiguration
                Properties:
                  Name: etl
                  EncryptionConfiguration:
                    CloudWatchEncryption:
                      CloudWatchEncryptionMode: SSE-KMS
                      KmsKeyArn: !GetAtt GlueKey.Arn
                    JobBookmarksEncryption:
                      JobBookmarksEncryptionMode: CSE-KMS
                      KmsKeyArn: !GetAtt GlueKey.Arn
                    S3Encryptions:
                      - S3EncryptionMode: SSE-KMS
                        KmsKeyArn: !GetAtt GlueKey.Arn
            """),
        ])

    /// The part (Terraform block, CloudFormation property), its mode setting, and what it protects.
    private static let parts: [(terraform: String, cloudFormation: String, mode: String, stores: String)] = [
        ("s3_encryption", "S3Encryptions", "s3_encryption_mode", "the data its jobs write to S3"),
        ("cloudwatch_encryption", "CloudWatchEncryption", "cloudwatch_encryption_mode", "its jobs' CloudWatch logs"),
        ("job_bookmarks_encryption", "JobBookmarksEncryption", "job_bookmarks_encryption_mode", "its jobs' bookmarks"),
    ]

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::Glue::SecurityConfiguration").flatMap { configuration -> [Violation] in
            let name = configuration.isTerraform ? "encryption_configuration" : "EncryptionConfiguration"
            guard let encryption = configuration.setting(name) else {
                return [configuration.violation(message: "\(configuration.address) encrypts nothing: `\(name)` is not set.", detail: name)]
            }
            return Self.parts.compactMap { part in
                let partName = configuration.isTerraform ? part.terraform : part.cloudFormation
                guard let block = encryption.member(partName) else {
                    return configuration.violation(message: "\(configuration.address) stores \(part.stores) unencrypted: `\(partName)` is not set.", detail: part.terraform)
                }
                // CloudFormation lists S3 encryptions; every one must encrypt.
                for element in block.elements {
                    guard let mode = element.member(part.mode) else {
                        return configuration.violation(at: element, message: "\(configuration.address) stores \(part.stores) unencrypted: `\(part.mode)` is not set.",
                                                       detail: part.terraform)
                    }
                    guard mode.isKnown else { continue }
                    if mode.known.stringValue?.uppercased() == "DISABLED" {
                        return configuration.violation(at: mode, message: "\(configuration.address) stores \(part.stores) unencrypted: `\(part.mode)` is `DISABLED`.",
                                                       detail: part.terraform)
                    }
                }
                return nil
            }
        }
    }
}

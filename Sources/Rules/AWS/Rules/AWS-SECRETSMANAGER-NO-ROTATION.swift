/// Secrets no rotation of the module or template rotates: an `aws_secretsmanager_secret_rotation`
/// (CloudFormation: `AWS::SecretsManager::RotationSchedule`) naming it by reference, id or name.
/// When a rotation names a secret only deploy time knows, it may rotate any of them.
struct SecretsManagerNoRotationRule: Rule {
    let description = RuleDescription(
        id: "AWS-SECRETSMANAGER-NO-ROTATION", title: "Secrets Manager secret is never rotated", severity: .low, cwe: 324,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Secrets › Credentials are rotated",
        rationale: "A secret that is never rotated stays valid for as long as it exists: a copy leaked through a log, a laptop or a former colleague keeps working indefinitely. Rotation bounds that window. Low: it limits the damage of a leak, it does not prevent one; secrets other services manage (`manage_master_user_password`) are rotated by them and are not `aws_secretsmanager_secret` resources.",
        recommendation: "Add an `aws_secretsmanager_secret_rotation` with a `rotation_lambda_arn` and `rotation_rules { automatically_after_days = 30 }`. In CloudFormation, add an `AWS::SecretsManager::RotationSchedule` whose `SecretId` is `!Ref` the secret (with `RotationLambdaARN` or `HostedRotationLambda`).",
        equivalents: [.checkov("CKV2_AWS_57")],
        triggering: [
            """
            ↓resource "aws_secretsmanager_secret" "database" {
              name       = "prod/database"
              kms_key_id = aws_kms_key.secrets.arn
            }
            """,
            .template("""
            Resources:
            ↓  Database:
                Type: AWS::SecretsManager::Secret
                Properties:
                  Name: prod/database
                  KmsKeyId: !Ref SecretsKey
            """),
        ],
        nonTriggering: [
            """
            resource "aws_secretsmanager_secret" "database" {
              name       = "prod/database"
              kms_key_id = aws_kms_key.secrets.arn
            }
            resource "aws_secretsmanager_secret_rotation" "database" {
              secret_id           = aws_secretsmanager_secret.database.id
              rotation_lambda_arn = aws_lambda_function.rotate.arn
              rotation_rules {
                automatically_after_days = 30
              }
            }
            """,
            """
            resource "aws_secretsmanager_secret" "database" {
              name = "prod/database"
            }
            resource "aws_secretsmanager_secret_rotation" "database" {
              secret_id = "prod/database"
              rotation_rules {
                schedule_expression = "rate(30 days)"
              }
            }
            """,
            """
            resource "aws_secretsmanager_secret" "legacy" {
              name                = "prod/legacy"
              rotation_lambda_arn = aws_lambda_function.rotate.arn
              rotation_rules {
                automatically_after_days = 30
              }
            }
            """,
            .template("""
            Resources:
              Database:
                Type: AWS::SecretsManager::Secret
                Properties:
                  Name: prod/database
                  KmsKeyId: !Ref SecretsKey
              DatabaseRotation:
                Type: AWS::SecretsManager::RotationSchedule
                Properties:
                  SecretId: !Ref Database
                  HostedRotationLambda:
                    RotationType: PostgreSQLSingleUser
                  RotationRules:
                    AutomaticallyAfterDays: 30
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        var rotatedAddresses = Set<String>()
        var rotatedNames = Set<String>()
        for rotation in resources.ofType("AWS::SecretsManager::RotationSchedule") {
            guard let target = rotation.setting(rotation.isTerraform ? "secret_id" : "SecretId") else { continue }
            let secrets = target.references.filter { resources.resource(at: $0)?.type == "AWS::SecretsManager::Secret" }
            if let name = target.known.stringValue {
                rotatedNames.insert(name)
            } else if secrets.isEmpty {
                return []
            }
            rotatedAddresses.formUnion(secrets)
        }
        return resources.ofType("AWS::SecretsManager::Secret").compactMap { secret in
            guard !rotatedAddresses.contains(secret.address) else { return nil }
            // Provider versions before 4.0 rotated a secret through its own `rotation_lambda_arn`.
            if secret.isTerraform, secret.setting("rotation_lambda_arn") != nil || secret.setting("rotation_rules") != nil { return nil }
            if let name = secret.setting(secret.isTerraform ? "name" : "Name")?.known.stringValue,
               rotatedNames.contains(name) || rotatedNames.contains(where: { $0.hasPrefix("arn:") && $0.contains(":secret:\(name)") }) {
                return nil
            }
            let missing = secret.isTerraform ? "no `aws_secretsmanager_secret_rotation` in the module rotates it" : "no `AWS::SecretsManager::RotationSchedule` rotates it"
            return secret.violation(message: "\(secret.address) is never rotated: \(missing).", detail: "rotation")
        }
    }
}

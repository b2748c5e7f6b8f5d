/// ECS task definitions that write a credential as the literal value of a container's environment variable.
struct ECSTaskSecretInEnvironmentRule: Rule {
    let description = RuleDescription(
        id: "AWS-ECS-TASK-SECRET-IN-ENV", title: "ECS task sets a secret as a plain environment variable", severity: .high, cwe: 798,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Secrets › No secrets in code",
        rationale: "A literal in `environment` is stored in the repository, in every revision of the task definition and in the Terraform state, and shown to anyone with `ecs:DescribeTaskDefinition`. High: the credential is widely readable and cannot be rotated without a new revision. Values are judged as the secrets engine judges them: flags, ARNs, references and placeholders are not credentials; findings name the variable, never its value.",
        recommendation: "Move the value to Secrets Manager or SSM Parameter Store and reference it in the container's `secrets` list (`valueFrom`), giving the execution role read access to it.",
        equivalents: [.trivy("AVD-AWS-0036")],
        triggering: [
            """
            resource "aws_ecs_task_definition" "api" {
              family = "api"
              container_definitions = <<EOF
            [
              {
                "name": "api",
                "image": "example/api:3.1.0",
                "environment": [
                  {"name": "LOG_LEVEL", "value": "info"},
            ↓      {"name": "DB_PASSWORD", "value": "n7Qx2vLp9rT4wZ8k"}
                ]
              }
            ]
            EOF
            }
            """,
            .template("""
            Resources:
              Api:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  ContainerDefinitions:
                    - Name: api
                      Image: example/api:3.1.0
                      Environment:
                        - Name: SMTP_PASSWORD
            ↓              Value: Xk29vLq8pTzrW4mn
            """),
        ],
        nonTriggering: [
            """
            resource "aws_ecs_task_definition" "api" {
              family = "api"
              container_definitions = jsonencode([{
                name  = "api"
                image = "example/api:3.1.0"
                environment = [
                  { name = "DB_PASSWORD_ARN", value = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf" },
                  { name = "REQUIRE_PASSWORD", value = "true" },
                ]
                secrets = [
                  { name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn },
                ]
              }])
            }
            """,
            .template("""
            Resources:
              Api:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  ContainerDefinitions:
                    - Name: api
                      Image: example/api:3.1.0
                      Environment:
                        - Name: SMTP_PASSWORD
                          Value: <your-smtp-password>
                      Secrets:
                        - Name: DB_PASSWORD
                          ValueFrom: !Ref DbPasswordParameter
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::ECS::TaskDefinition").flatMap { task in
            (AWSContainerDefinitions.containers(of: task) ?? []).flatMap { container, definition in
                (definition.member("Environment")?.elements ?? []).compactMap { variable -> Violation? in
                    guard let name = variable.member("Name")?.known.stringValue, let value = variable.member("Value"),
                          let text = value.known.stringValue, SecretName.matches(name), SecretValue.classify(text).isCredential
                    else { return nil }
                    return task.violation(at: value, message: "\(task.address) sets `\(name)` of container `\(container)` as a literal value.",
                                          detail: "environment:\(container):\(name)")
                }
            }
        }
    }
}

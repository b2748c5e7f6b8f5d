import InfragateParsers

/// Secrets in instance `user_data`, which anyone who can describe the instance can read.
struct UserDataSecretsRule: Rule {
    let description = RuleDescription(
        id: "AWS-EC2-USER-DATA-SECRET", title: "Secret in instance user data", severity: .high, cwe: 798,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Secrets › No secrets in code",
        rationale: "User data is readable by anyone with `ec2:DescribeInstanceAttribute` and from the instance metadata service by every process on the host, and it sits in the repository. High: the secret is widely readable.",
        recommendation: "Fetch secrets at boot from Secrets Manager or SSM Parameter Store using the instance role.",
        equivalents: [.checkov("CKV_AWS_46"), .trivy("AVD-AWS-0029")],
        triggering: [
            """
            resource "aws_instance" "app" {
              ami       = "ami-12345678"
            ↓  user_data = <<-EOT
                #!/bin/bash
                export DB_PASSWORD=hunter2hunter2
                ./start.sh
              EOT
            }
            """,
            """
            resource "aws_launch_template" "app" {
            ↓  user_data = base64encode("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE")
            }
            """,
        ],
        nonTriggering: [
            """
            resource "aws_instance" "app" {
              ami       = "ami-12345678"
              user_data = <<-EOT
                #!/bin/bash
                export DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)
              EOT
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        ["aws_instance", "aws_launch_template", "aws_launch_configuration"].flatMap(module.resources(ofType:)).compactMap { resource in
            guard let attribute = resource.settings.attribute("user_data") else { return nil }
            let secrets = SecretText.secretsIn(script: Self.script(attribute.expression, in: module))
            guard !secrets.isEmpty else { return nil }
            return resource.violation(line: attribute.line, message: "\(resource.address) user_data contains \(secrets.joined(separator: ", ")).", detail: "user_data")
        }
    }

    /// The script text, looking through the encoding functions user data is usually wrapped in.
    private static func script(_ expression: HCLExpression, in module: TerraformModule) -> String {
        if case .functionCall(let name, let arguments, _) = expression.kind, ["base64encode", "base64gzip"].contains(name), let first = arguments.first {
            return script(first, in: module)
        }
        return SecretText.literalText(of: expression, in: module)
    }
}

import Foundation

/// Secrets in instance user data (Terraform `user_data`, CloudFormation `UserData`), which anyone who can describe the instance can read.
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
            .template("""
            Resources:
              App:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-12345678
            ↓      UserData:
                    Fn::Base64: !Sub |
                      #!/bin/bash
                      export DB_PASSWORD=hunter2hunter2
                      ./start.sh --region ${AWS::Region}
            """),
            .template("""
            Resources:
              App:
                Type: AWS::EC2::LaunchTemplate
                Properties:
                  LaunchTemplateData:
            ↓        UserData: !Base64 "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"
            """),
            // Already encoded: decoded before it is searched.
            """
            resource "aws_instance" "app" {
              ami              = "ami-12345678"
            ↓  user_data_base64 = "IyEvYmluL2Jhc2gKZXhwb3J0IEFXU19BQ0NFU1NfS0VZX0lEPUFLSUFJT1NGT0ROTjdFWEFNUExFCg=="
            }
            """,
            .template("""
            Resources:
              App:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-12345678
            ↓      UserData: IyEvYmluL2Jhc2gKZXhwb3J0IEFXU19BQ0NFU1NfS0VZX0lEPUFLSUFJT1NGT0ROTjdFWEFNUExFCg==
            """),
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
            .template("""
            Resources:
              App:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-12345678
                  UserData:
                    Fn::Base64: !Sub |
                      #!/bin/bash
                      export DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id ${DatabaseSecret} --query SecretString --output text)
            """),
        ])

    /// Where each format writes the script; CloudFormation's `UserData` is base64 (`!Base64` of a text).
    private static let scripts: [(type: String, terraform: [String], cloudFormation: String)] = [
        ("AWS::EC2::Instance", ["user_data", "user_data_base64"], "UserData"),
        ("AWS::EC2::LaunchTemplate", ["user_data"], "LaunchTemplateData.UserData"),
        ("AWS::AutoScaling::LaunchConfiguration", ["user_data", "user_data_base64"], "UserData"),
    ]

    func check(_ resources: AWSResources) -> [Violation] {
        Self.scripts.flatMap { type, terraform, cloudFormation in
            resources.ofType(type).compactMap { resource -> Violation? in
                guard let (path, script) = resource.setting(anyOf: resource.isTerraform ? terraform : [cloudFormation]) else { return nil }
                let secrets = SecretText.secretsIn(script: Self.text(of: script))
                guard !secrets.isEmpty else { return nil }
                let name = path.split(separator: ".").last.map(String.init) ?? path
                return resource.violation(at: script, message: "\(resource.address) \(name) contains \(secrets.joined(separator: ", ")).",
                                          detail: resource.isTerraform ? "user_data" : "UserData")
            }
        }
    }

    /// The script as written, and decoded when it is written already base64-encoded.
    private static func text(of script: AWSValue) -> String {
        guard let text = script.known.stringValue else { return script.literalText ?? "" }
        let decoded = Data(base64Encoded: text).flatMap { String(data: $0, encoding: .utf8) }
        return decoded.map { text + "\n" + $0 } ?? text
    }
}

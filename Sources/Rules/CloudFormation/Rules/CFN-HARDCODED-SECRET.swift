/// Credentials written into a template: a literal value for a password-like property, or a
/// default for a secret parameter. Findings name the property, never the value.
struct CloudFormationSecretRule: Rule {
    let description = RuleDescription(
        id: "CFN-HARDCODED-SECRET", title: "Secret hard-coded in a CloudFormation template", severity: .high, cwe: 798,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Secrets › No secrets in code",
        rationale: "A password in a template is in the repository forever (git history), in every copy of the template, and readable by anyone who can call `GetTemplate` on the stack. High: the secret leaks with the code.",
        recommendation: "Use a dynamic reference (`{{resolve:secretsmanager:db:SecretString:password}}`), `ManageMasterUserPassword: true`, or a `NoEcho` parameter without a `Default`.",
        triggering: [
            .template("""
            Parameters:
              DatabasePassword:
                Type: String
                NoEcho: true
            ↓    Default: Sup3r-secret
            Resources:
              Database:
                Type: AWS::RDS::DBInstance
                Properties:
                  MasterUsername: admin
            ↓      MasterUserPassword: hunter2hunter2
            """),
            .template("""
            Resources:
              Broker:
                Type: AWS::AmazonMQ::Broker
                Properties:
                  Users:
                    - Username: app
            ↓          Password: correct-horse-battery
              ApiKey:
                Type: AWS::SecretsManager::Secret
                Properties:
            ↓      SecretString: '{"key": "0123456789abcdef"}'
            """),
        ],
        nonTriggering: [
            .template("""
            Parameters:
              DatabasePassword:
                Type: String
                NoEcho: true
              SecretName:
                Type: String
                Default: prod/db
            Resources:
              Database:
                Type: AWS::RDS::DBInstance
                Properties:
                  MasterUsername: admin
                  MasterUserPassword: !Ref DatabasePassword
              Cluster:
                Type: AWS::RDS::DBCluster
                Properties:
                  MasterUserPassword: "{{resolve:secretsmanager:prod/db:SecretString:password}}"
              Generated:
                Type: AWS::SecretsManager::Secret
                Properties:
                  GenerateSecretString:
                    SecretStringTemplate: '{"username": "admin"}'
                    GenerateStringKey: password
            """),
        ])

    /// Properties of AWS resource types that hold a credential itself (not its name or ARN).
    private static let secretProperties: Set<String> = [
        "MasterUserPassword", "Password", "AuthToken", "SecretString", "SecretAccessKey", "PrivateKey", "ClientSecret",
    ]
    /// Templates nest a few levels (`Users[0].Password`); the cap keeps the walk cheap on hostile input.
    private static let maximumDepth = 16

    func check(_ template: CloudFormationTemplate) -> [Violation] {
        let defaults = template.parameters.compactMap { parameter -> Violation? in
            let isSecret = parameter.value.member("NoEcho")?.value.known.boolValue == true || SecretName.matches(parameter.key)
            guard isSecret, let value = parameter.value.member("Default"), Self.isLiteralSecret(value.value) else { return nil }
            return Violation(line: value.keyLine, message: "Parameter \(parameter.key) has a hard-coded default secret.",
                             identity: "Parameters.\(parameter.key)|Default")
        }
        let properties = template.resources.flatMap { resource -> [Violation] in
            guard let properties = resource.properties?.value else { return [] }
            return Self.literalSecrets(in: properties, path: "", depth: 0).map { path, member in
                resource.violation(line: member.keyLine, message: "\(resource.logicalID) sets `\(path)` to a literal secret.", property: path)
            }
        }
        return defaults + properties
    }

    /// Secret properties with a literal value, with their paths (`Users[0].Password`).
    private static func literalSecrets(in value: TemplateValue, path: String, depth: Int) -> [(String, TemplateMember)] {
        guard depth < maximumDepth else { return [] }
        switch value.kind {
        case .object(let members):
            return members.flatMap { member -> [(String, TemplateMember)] in
                let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
                if secretProperties.contains(member.key) {
                    return isLiteralSecret(member.value) ? [(memberPath, member)] : []
                }
                return literalSecrets(in: member.value, path: memberPath, depth: depth + 1)
            }
        case .list(let elements):
            return elements.enumerated().flatMap { index, element in
                literalSecrets(in: element, path: "\(path)[\(index)]", depth: depth + 1)
            }
        default:
            return []
        }
    }

    /// A literal string that is a credential (`SecretValue`): not a flag, a deploy-time reference or a placeholder.
    private static func isLiteralSecret(_ value: TemplateValue) -> Bool {
        guard let text = value.string else { return false }
        return SecretValue.classify(text).isCredential
    }
}

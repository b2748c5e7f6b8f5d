import InfragateParsers

/// One IAM policy document of a module or template, wherever it is written, with each statement
/// located on its own line where the source allows: what the IAM rules judge.
struct AWSPolicy: Sendable {
    enum Role: Sendable {
        /// Grants permissions to a user, group or role.
        case identity
        /// Says who may assume a role.
        case trust
        /// Attached to an S3 bucket.
        case bucket
        /// The resource policies of an SQS queue, an SNS topic, an ECR repository and a KMS key.
        case queue, topic, repository, key
    }

    let role: Role
    /// What writes it, where findings on it are located: a policy resource, a role, a bucket
    /// policy, or the `aws_iam_policy_document` data source that builds it.
    let owner: AWSResource
    /// Names statement `index` in fingerprints: `statement[0]`, `PolicyDocument.Statement[0]`.
    let statementPrefix: String
    let statements: [AWSPolicyStatement]

    func violation(at index: Int, message: String) -> Violation {
        owner.violation(line: statements[index].line, message: message, detail: "\(statementPrefix)[\(index)]")
    }
}

extension AWSPolicy {
    /// A policy of a Terraform module, located on the resource that writes it.
    fileprivate init(role: Role, owner: TerraformResource, statements: [AWSPolicyStatement]) {
        self.init(role: role, owner: AWSResource(locating: owner), statementPrefix: "statement", statements: statements)
    }

    private static let terraformAttributes: [(type: String, attribute: String, role: Role)] = [
        ("aws_iam_policy", "policy", .identity), ("aws_iam_role_policy", "policy", .identity),
        ("aws_iam_user_policy", "policy", .identity), ("aws_iam_group_policy", "policy", .identity),
        ("aws_iam_role", "assume_role_policy", .trust),
        ("aws_s3_bucket_policy", "policy", .bucket), ("aws_s3_bucket", "policy", .bucket),
        ("aws_sqs_queue_policy", "policy", .queue), ("aws_sqs_queue", "policy", .queue),
        ("aws_sns_topic_policy", "policy", .topic), ("aws_sns_topic", "policy", .topic),
        ("aws_ecr_repository_policy", "policy", .repository), ("aws_kms_key", "policy", .key),
    ]

    /// The policies of a module: JSON strings (literal, heredoc, `jsonencode`, a local) in policy
    /// attributes, and `aws_iam_policy_document` data sources, whose statements are located at
    /// their `statement` blocks.
    static func all(in module: TerraformModule) -> [AWSPolicy] {
        var policies: [AWSPolicy] = []
        var documentsInUse = Set<String>()
        func add(_ expression: HCLExpression, line: Int, of resource: TerraformResource, role: Role) {
            if let document = module.referencedResource(expression), document.type == "aws_iam_policy_document" {
                documentsInUse.insert(document.address)
                policies.append(AWSPolicy(role: role, owner: document, statements: statements(ofDataSource: document)))
            } else if let encoded = statements(ofJSONEncode: expression, in: module) {
                policies.append(AWSPolicy(role: role, owner: resource, statements: encoded))
            } else if case .string(let text) = module.evaluate(expression), let json = try? JSONParser.parse(text) {
                policies.append(AWSPolicy(role: role, owner: resource, statements: statements(ofJSON: json, writtenAs: expression, line: line)))
            }
        }
        for (type, name, role) in terraformAttributes {
            for resource in module.resources(ofType: type) {
                if let attribute = resource.settings.attribute(name) {
                    add(attribute.expression, line: attribute.line, of: resource, role: role)
                }
            }
        }
        for role in module.resources(ofType: "aws_iam_role") {
            for inline in role.settings.blocks("inline_policy") {
                if let attribute = inline.attribute("policy") { add(attribute.expression, line: attribute.line, of: role, role: .identity) }
            }
        }
        // A document no attribute of the module uses is most likely an identity policy given to a module or output.
        for document in module.dataSources where document.type == "aws_iam_policy_document" && !documentsInUse.contains(document.address) {
            policies.append(AWSPolicy(role: .identity, owner: document, statements: statements(ofDataSource: document)))
        }
        return policies
    }

    /// `jsonencode({ Statement = [{…}, {…}] })` written in place: each statement is located on its own line.
    private static func statements(ofJSONEncode expression: HCLExpression, in module: TerraformModule) -> [AWSPolicyStatement]? {
        guard case .functionCall("jsonencode", let arguments, false) = expression.kind, arguments.count == 1,
              case .object(let items) = arguments[0].kind,
              let statement = items.first(where: { module.evaluate($0.key) == .string("Statement") })?.value
        else { return nil }
        let elements: [HCLExpression]
        if case .tuple(let tuple) = statement.kind { elements = tuple } else { elements = [statement] }
        return elements.flatMap { element in
            AWSPolicyStatement.statements(ofDocument: .object(["Statement": module.evaluate(element)]), line: element.line)
        }
    }

    /// JSON written literally over several lines (a heredoc) locates each statement on its own
    /// line; JSON built by `jsonencode` or a local is located on the attribute.
    private static func statements(ofJSON json: JSONValue, writtenAs expression: HCLExpression, line: Int) -> [AWSPolicyStatement] {
        let isLiteralText: Bool
        switch expression.kind {
        case .string, .template: isLiteralText = true
        default: isLiteralText = false
        }
        guard isLiteralText, expression.endLine > expression.line else {
            return AWSPolicyStatement.statements(ofDocument: HCLValue(json), line: line)
        }
        return AWSPolicyStatement.statements(ofJSON: json, firstLine: expression.line + 1)
    }

    /// The `statement` blocks of a data source: `effect`, `actions`, `not_actions`, `resources`,
    /// `principals` and `condition` blocks.
    private static func statements(ofDataSource document: TerraformResource) -> [AWSPolicyStatement] {
        document.settings.blocks("statement").map { statement in
            let principals = statement.blocks("principals").map { block -> [String]? in
                block.value("identifiers").flatMap(AWSPolicyStatement.strings)
            }
            return AWSPolicyStatement(
                allows: statement.value("effect")?.stringValue?.lowercased() != "deny",
                actions: statement.value("actions").flatMap(AWSPolicyStatement.strings),
                notActions: statement.value("not_actions").map(AWSPolicyStatement.strings) ?? [],
                resources: statement.value("resources").flatMap(AWSPolicyStatement.strings),
                principals: principals.contains { $0 == nil } ? nil : principals.flatMap { $0 ?? [] },
                hasCondition: !statement.blocks("condition").isEmpty,
                line: statement.line)
        }
    }
}

extension AWSPolicy {
    private static let cloudFormationDocuments: [(types: [String], property: String, role: Role)] = [
        (["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy"],
         "PolicyDocument", .identity),
        (["AWS::IAM::Role"], "AssumeRolePolicyDocument", .trust),
        (["AWS::S3::BucketPolicy"], "PolicyDocument", .bucket),
        (["AWS::SQS::QueuePolicy"], "PolicyDocument", .queue),
        (["AWS::SNS::TopicPolicy"], "PolicyDocument", .topic),
        (["AWS::ECR::Repository"], "RepositoryPolicyText", .repository),
        (["AWS::KMS::Key"], "KeyPolicy", .key),
    ]
    private static let inlinePolicyOwners = ["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"]

    /// The policies of a template: `PolicyDocument` of the policy resources, the inline `Policies`
    /// of users, groups and roles, trust policies and bucket policies.
    static func all(in template: CloudFormationTemplate) -> [AWSPolicy] {
        var found: [AWSPolicy] = []
        for (types, property, role) in cloudFormationDocuments {
            for resource in template.resources(ofType: types) {
                guard let document = resource.property([property]) else { continue }
                found.append(AWSPolicy(role: role, owner: AWSResource(locating: resource), statementPrefix: "\(property).Statement",
                                       statements: statements(of: document)))
            }
        }
        for resource in template.resources(ofType: inlinePolicyOwners) {
            for (index, policy) in (resource.property(["Policies"])?.value.elements ?? []).enumerated() {
                guard let document = policy.member("PolicyDocument") else { continue }
                found.append(AWSPolicy(role: .identity, owner: AWSResource(locating: resource),
                                       statementPrefix: "Policies[\(index)].PolicyDocument.Statement", statements: statements(of: document)))
            }
        }
        return found
    }

    /// An object document locates each statement on its own line; a document written as a JSON
    /// string (which CloudFormation also accepts) is located on its property.
    private static func statements(of document: TemplateMember) -> [AWSPolicyStatement] {
        if let text = document.value.string {
            guard let json = try? JSONParser.parse(text) else { return [] }
            return AWSPolicyStatement.statements(ofDocument: HCLValue(json), line: document.keyLine)
        }
        guard let statement = document.value.member("Statement")?.value else { return [] }
        let elements = statement.elements.isEmpty ? [statement] : statement.elements
        return elements.flatMap { element in
            AWSPolicyStatement.statements(ofDocument: .object(["Statement": element.known]), line: element.line)
        }
    }
}

private extension AWSResource {
    /// A resource the AWS model does not otherwise read, standing only for where findings go.
    init(locating resource: TerraformResource) {
        self.init(type: resource.type, address: resource.address, source: .terraform, path: resource.path, line: resource.line,
                  endLine: resource.line, properties: AWSValue(.object([]), line: resource.line))
    }

    init(locating resource: CloudFormationResource) {
        self.init(type: resource.type, address: resource.logicalID, source: .cloudFormation, path: nil, line: resource.line,
                  endLine: resource.line, properties: AWSValue(.object([]), line: resource.line))
    }
}

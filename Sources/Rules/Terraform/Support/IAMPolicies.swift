import InfragateParsers

/// The IAM policy documents of a module, wherever they are written: JSON strings (literal,
/// heredoc, `jsonencode`, a local) in policy attributes, and `aws_iam_policy_document` data
/// sources, whose statements are located at their `statement` blocks.
struct IAMPolicy {
    enum Role {
        /// Grants permissions to a user, group or role.
        case identity
        /// Says who may assume a role.
        case trust
        /// Attached to an S3 bucket.
        case bucket
    }

    let role: Role
    /// Where findings on it are located.
    let owner: TerraformResource
    let statements: [AWSPolicyStatement]

    private static let attributes: [(type: String, attribute: String, role: Role)] = [
        ("aws_iam_policy", "policy", .identity), ("aws_iam_role_policy", "policy", .identity),
        ("aws_iam_user_policy", "policy", .identity), ("aws_iam_group_policy", "policy", .identity),
        ("aws_iam_role", "assume_role_policy", .trust),
        ("aws_s3_bucket_policy", "policy", .bucket), ("aws_s3_bucket", "policy", .bucket),
    ]

    static func all(in module: TerraformModule) -> [IAMPolicy] {
        var policies: [IAMPolicy] = []
        var documentsInUse = Set<String>()
        func add(_ expression: HCLExpression, line: Int, of resource: TerraformResource, role: Role) {
            if let document = module.referencedResource(expression), document.type == "aws_iam_policy_document" {
                documentsInUse.insert(document.address)
                policies.append(IAMPolicy(role: role, owner: document, statements: statements(ofDataSource: document)))
            } else if let encoded = statements(ofJSONEncode: expression, in: module) {
                policies.append(IAMPolicy(role: role, owner: resource, statements: encoded))
            } else if case .string(let text) = module.evaluate(expression), let json = try? JSONParser.parse(text) {
                policies.append(IAMPolicy(role: role, owner: resource, statements: statements(ofJSON: json, writtenAs: expression, line: line)))
            }
        }
        for (type, name, role) in attributes {
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
            policies.append(IAMPolicy(role: .identity, owner: document, statements: statements(ofDataSource: document)))
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

    private static func statements(ofDataSource document: TerraformResource) -> [AWSPolicyStatement] {
        document.settings.blocks("statement").map { statement in
            let principals = statement.blocks("principals").map { block -> [String]? in
                block.value("identifiers").flatMap(AWSPolicyStatement.strings)
            }
            return AWSPolicyStatement(
                allows: statement.value("effect")?.stringValue?.lowercased() != "deny",
                actions: statement.value("actions").flatMap(AWSPolicyStatement.strings),
                resources: statement.value("resources").flatMap(AWSPolicyStatement.strings),
                principals: principals.contains { $0 == nil } ? nil : principals.flatMap { $0 ?? [] },
                hasCondition: !statement.blocks("condition").isEmpty,
                line: statement.line)
        }
    }
}

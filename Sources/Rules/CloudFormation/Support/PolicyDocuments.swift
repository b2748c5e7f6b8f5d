import InfragateParsers

/// The IAM policy documents of a template: `PolicyDocument` of the policy resources, the inline
/// `Policies` of users, groups and roles, trust policies and bucket policies. Each statement is
/// located on its own line.
struct PolicyDocument {
    let role: IAMPolicy.Role
    let resource: CloudFormationResource
    /// The property path, for identities: `Policies[0].PolicyDocument`.
    let property: String
    let statements: [AWSPolicyStatement]

    private static let documents: [(types: [String], property: String, role: IAMPolicy.Role)] = [
        (["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy"],
         "PolicyDocument", .identity),
        (["AWS::IAM::Role"], "AssumeRolePolicyDocument", .trust),
        (["AWS::S3::BucketPolicy"], "PolicyDocument", .bucket),
    ]
    private static let inlinePolicyOwners = ["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"]

    static func all(in template: CloudFormationTemplate) -> [PolicyDocument] {
        var found: [PolicyDocument] = []
        for (types, property, role) in documents {
            for resource in template.resources(ofType: types) {
                guard let document = resource.property([property]) else { continue }
                found.append(PolicyDocument(role: role, resource: resource, property: property, statements: statements(of: document)))
            }
        }
        for resource in template.resources(ofType: inlinePolicyOwners) {
            for (index, policy) in (resource.property(["Policies"])?.value.elements ?? []).enumerated() {
                guard let document = policy.member("PolicyDocument") else { continue }
                found.append(PolicyDocument(role: .identity, resource: resource, property: "Policies[\(index)].PolicyDocument",
                                            statements: statements(of: document)))
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

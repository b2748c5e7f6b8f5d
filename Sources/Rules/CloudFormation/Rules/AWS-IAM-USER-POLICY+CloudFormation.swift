/// Policies attached directly to IAM users: user policy resources, a user's own `Policies` and
/// `ManagedPolicyArns`, and policies that list `Users`.
struct CloudFormationUserPolicyRule: Rule {
    let description = IAMUserPolicyRule().description.adding(CloudFormationDocumentation(
        fix: "attach policies to an `AWS::IAM::Group` (its `ManagedPolicyArns` or `Policies`) or to a role the user assumes.",
        triggering: [
            .template("""
            Resources:
            ↓  AlicePolicy:
                Type: AWS::IAM::UserPolicy
                Properties:
                  UserName: alice
                  PolicyName: deploy
                  PolicyDocument: {Statement: [{Effect: Allow, Action: "s3:PutObject", Resource: "*"}]}
            """),
            .template("""
            Resources:
              Alice:
                Type: AWS::IAM::User
                Properties:
            ↓      ManagedPolicyArns:
                    - !Ref DeployPolicy
              DeployPolicy:
                Type: AWS::IAM::ManagedPolicy
                Properties:
            ↓      Users: [!Ref Alice]
                  PolicyDocument: {Statement: [{Effect: Allow, Action: "s3:PutObject", Resource: "*"}]}
            """),
        ],
        nonTriggering: [
            .template("""
            Resources:
              Deployers:
                Type: AWS::IAM::Group
                Properties:
                  ManagedPolicyArns: [!Ref DeployPolicy]
              Alice:
                Type: AWS::IAM::User
                Properties:
                  Groups: [!Ref Deployers]
                  Policies: []
            """),
        ]))

    private static let userPolicyTypes = ["AWS::IAM::UserPolicy"]
    /// Properties that give the resource's permissions to users: on a user, and on a policy.
    private static let userGrants: [(type: String, property: String)] = [
        ("AWS::IAM::User", "Policies"), ("AWS::IAM::User", "ManagedPolicyArns"),
        ("AWS::IAM::Policy", "Users"), ("AWS::IAM::ManagedPolicy", "Users"),
    ]

    func check(_ template: CloudFormationTemplate) -> [Violation] {
        let direct = template.resources(ofType: Self.userPolicyTypes).map { resource in
            resource.violation(message: "\(resource.logicalID) gives permissions directly to a user.", property: "UserName")
        }
        let granted = Self.userGrants.flatMap { type, property in
            template.resources(ofType: [type]).compactMap { resource -> Violation? in
                // An empty list grants nothing; an intrinsic function may, and is not guessed.
                guard let grant = resource.property([property]), !grant.value.elements.isEmpty else { return nil }
                return resource.violation(line: grant.keyLine, message: "\(resource.logicalID) gives permissions directly to users (`\(property)`).",
                                          property: property)
            }
        }
        return direct + granted
    }
}

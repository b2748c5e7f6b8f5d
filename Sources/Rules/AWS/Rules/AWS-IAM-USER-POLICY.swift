/// Policies attached directly to IAM users instead of groups or roles: user policy resources and
/// attachments, a user's own `Policies` and `ManagedPolicyArns`, and policies that list users.
struct IAMUserPolicyRule: Rule {
    let description = RuleDescription(
        id: "AWS-IAM-USER-POLICY", title: "IAM policy is attached directly to a user", severity: .medium, cwe: 269,
        checklist: "Identity › Permissions are granted through groups or roles",
        rationale: "Permissions attached to individual users are hard to review and are forgotten when people change roles; they usually come with long-lived access keys. Medium.",
        recommendation: "Attach policies to a group (`aws_iam_group_policy_attachment`) or a role the user assumes. In CloudFormation, attach policies to an `AWS::IAM::Group` (its `ManagedPolicyArns` or `Policies`) or to a role the user assumes.",
        equivalents: [.checkov("CKV_AWS_40")],
        triggering: [
            """
            ↓resource "aws_iam_user_policy_attachment" "alice" {
              user       = aws_iam_user.alice.name
              policy_arn = aws_iam_policy.deploy.arn
            }
            """,
            """
            resource "aws_iam_policy_attachment" "deploy" {
              name       = "deploy"
            ↓  users      = [aws_iam_user.alice.name]
              policy_arn = aws_iam_policy.deploy.arn
            }
            """,
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
            """
            resource "aws_iam_group_policy_attachment" "deployers" {
              group      = aws_iam_group.deployers.name
              policy_arn = aws_iam_policy.deploy.arn
            }
            """,
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
        ])

    private static let userPolicyTypes = ["AWS::IAM::UserPolicy", "Terraform::IAM::UserPolicyAttachment"]
    /// Settings that give the resource's permissions to users: on a user, and on a policy.
    private static let userGrants: [(type: String, setting: String)] = [
        ("AWS::IAM::User", "Policies"), ("AWS::IAM::User", "ManagedPolicyArns"),
        ("AWS::IAM::Policy", "Users"), ("AWS::IAM::ManagedPolicy", "Users"), ("Terraform::IAM::PolicyAttachment", "users"),
    ]

    func check(_ resources: AWSResources) -> [Violation] {
        let direct = resources.ofType(Self.userPolicyTypes).map { resource in
            resource.violation(message: "\(resource.address) gives permissions directly to a user.", detail: resource.isTerraform ? "user" : "UserName")
        }
        let granted = Self.userGrants.flatMap { type, name in
            resources.ofType(type).compactMap { resource -> Violation? in
                guard let grant = resource.setting(name), Self.grantsSomething(grant, in: resource) else { return nil }
                return resource.violation(at: grant, message: "\(resource.address) gives permissions directly to users (`\(name)`).", detail: name)
            }
        }
        return direct + granted
    }

    /// An empty list grants nothing. A Terraform value unknown until apply may name users; a
    /// CloudFormation intrinsic function is not guessed.
    private static func grantsSomething(_ grant: AWSValue, in resource: AWSResource) -> Bool {
        if case .list(let elements) = grant.content { return !elements.isEmpty }
        return resource.isTerraform && !grant.isKnown
    }
}

/// Policies attached directly to IAM users instead of groups or roles.
struct IAMUserPolicyRule: Rule {
    let description = RuleDescription(
        id: "AWS-IAM-USER-POLICY", title: "IAM policy is attached directly to a user", severity: .medium, cwe: 269,
        checklist: "Identity › Permissions are granted through groups or roles",
        rationale: "Permissions attached to individual users are hard to review and are forgotten when people change roles; they usually come with long-lived access keys. Medium.",
        recommendation: "Attach policies to a group (`aws_iam_group_policy_attachment`) or a role the user assumes.",
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
        ],
        nonTriggering: [
            """
            resource "aws_iam_group_policy_attachment" "deployers" {
              group      = aws_iam_group.deployers.name
              policy_arn = aws_iam_policy.deploy.arn
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        let direct = ["aws_iam_user_policy", "aws_iam_user_policy_attachment"].flatMap(module.resources(ofType:)).map { resource in
            resource.violation(message: "\(resource.address) gives permissions directly to a user.", detail: "user")
        }
        let shared = module.resources(ofType: "aws_iam_policy_attachment").compactMap { resource -> Violation? in
            guard let users = resource.settings.attribute("users"), module.evaluate(users.expression) != .list([]) else { return nil }
            return resource.violation(line: users.line, message: "\(resource.address) gives permissions directly to users.", detail: "users")
        }
        return direct + shared
    }
}

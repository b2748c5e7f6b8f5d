extension PolicyStatementRule {
    static let roleDelegationOnAnyResource = PolicyStatementRule(
        description: RuleDescription(
            id: "AWS-IAM-PASSROLE-WILDCARD", title: "IAM policy allows passing or assuming any role", severity: .high, cwe: 269,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Least privilege",
            rationale: "`iam:PassRole` or `sts:AssumeRole` on `*` lets the holder act as any role it can reach, including administrator roles: a classic privilege-escalation path. High.",
            recommendation: "Name the role ARNs that may be passed or assumed in `Resource`.",
            equivalents: [],
            triggering: [
                """
                data "aws_iam_policy_document" "deployer" {
                ↓  statement {
                    actions   = ["iam:PassRole", "ecs:RunTask"]
                    resources = ["*"]
                  }
                }
                """,
            ],
            nonTriggering: [
                """
                data "aws_iam_policy_document" "deployer" {
                  statement {
                    actions   = ["iam:PassRole"]
                    resources = ["arn:aws:iam::123456789012:role/task"]
                  }
                }
                """,
            ]),
        roles: [.identity],
        problem: { statement in
            statement.allows && AWSPolicyStatement.list(statement.actions, containsAnyOf: ["iam:PassRole", "iam:*", "sts:AssumeRole", "sts:*"])
                && AWSPolicyStatement.list(statement.resources, containsAnyOf: ["*"])
                ? "allows passing or assuming any role" : nil
        })
}

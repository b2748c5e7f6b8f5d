extension AWSPolicyStatementRule {
    static let privilegeEscalation = AWSPolicyStatementRule(
        description: RuleDescription(
            id: "AWS-IAM-PRIVILEGE-ESCALATION", title: "IAM policy allows granting oneself more permissions", severity: .high, cwe: 269,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Least privilege",
            rationale: "Actions such as `iam:CreatePolicyVersion`, `iam:AttachRolePolicy`, `iam:PutUserPolicy`, `iam:UpdateAssumeRolePolicy` or `iam:CreateAccessKey` on every user, role or policy let the holder rewrite its own permissions or take over another identity, up to administrator: the known AWS privilege-escalation paths. High. Written as `*`, as a wildcard ARN (`arn:aws:iam::*:role/*`), through a pattern (`iam:Put*`) or a `NotAction` that does not exclude them, all count; a statement with a `Condition` (a required permissions boundary, a fixed `iam:PolicyARN`) is the documented way to delegate these safely and is not reported. Every action on every resource is AWS-IAM-WILDCARD's finding, which covers this one.",
            recommendation: "Name the users, roles and policies in `Resource`, or require a permissions boundary with a `Condition` on `iam:PermissionsBoundary`; give workloads roles instead of the power to mint credentials.",
            equivalents: [.checkov("CKV_AWS_286"), .checkov("CKV_AWS_110")],
            subsumes: ["AWS-IAM-PASSROLE-WILDCARD"],
            triggering: [
                """
                data "aws_iam_policy_document" "operator" {
                ↓  statement {
                    actions   = ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion"]
                    resources = ["*"]
                  }
                }
                """,
                """
                resource "aws_iam_policy" "helpdesk" {
                  policy = jsonencode({
                    Version = "2012-10-17"
                ↓    Statement = [{
                      Effect   = "Allow"
                      Action   = ["iam:Put*", "iam:CreateAccessKey"]
                      Resource = "arn:aws:iam::123456789012:user/*"
                    }]
                  })
                }
                """,
                """
                data "aws_iam_policy_document" "everything_but_s3" {
                ↓  statement {
                    not_actions = ["s3:*"]
                    resources   = ["*"]
                  }
                }
                """,
                .template("""
                Resources:
                  Operator:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Action: [iam:AttachRolePolicy, iam:UpdateAssumeRolePolicy]
                            Resource: "*"
                """),
            ],
            nonTriggering: [
                """
                data "aws_iam_policy_document" "self_service" {
                  statement {
                    actions   = ["iam:CreateAccessKey", "iam:UpdateLoginProfile"]
                    resources = ["arn:aws:iam::123456789012:user/$${aws:username}"]
                  }
                }
                """,
                """
                data "aws_iam_policy_document" "delegated_admin" {
                  statement {
                    actions   = ["iam:CreateRole", "iam:AttachRolePolicy", "iam:PutRolePolicy"]
                    resources = ["*"]
                    condition {
                      test     = "StringEquals"
                      variable = "iam:PermissionsBoundary"
                      values   = ["arn:aws:iam::123456789012:policy/boundary"]
                    }
                  }
                }
                """,
                .template("""
                Resources:
                  Reader:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: [iam:Get*, iam:List*]
                            Resource: "*"
                """),
            ]),
        roles: [.identity],
        problem: { statement in
            guard !statement.hasCondition, AWSPolicyStatement.escalatesOnAnyIdentity(statement) else { return nil }
            let granted = AWSPolicyStatement.escalationActions.filter { statement.allowsAction(anyOf: [$0]) }
            let named = granted.prefix(3).joined(separator: ", ") + (granted.count > 3 ? " and \(granted.count - 3) more" : "")
            return "allows \(named) on any identity or policy: a privilege-escalation path"
        })
}

extension AWSPolicyStatement {
    /// IAM actions that let the holder raise its own permissions or take over another identity.
    static let escalationActions = [
        "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:AttachUserPolicy", "iam:AttachGroupPolicy",
        "iam:AttachRolePolicy", "iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePolicy", "iam:UpdateAssumeRolePolicy",
        "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:AddUserToGroup",
        "iam:DeleteUserPermissionsBoundary", "iam:DeleteRolePermissionsBoundary", "iam:PutUserPermissionsBoundary",
        "iam:PutRolePermissionsBoundary",
    ]

    /// Whether an allowing statement grants an escalation action on every identity: `*`, or an IAM
    /// ARN whose account or name is a wildcard (`arn:aws:iam::*:role/*`, `…:user/*`).
    static func escalatesOnAnyIdentity(_ statement: AWSPolicyStatement) -> Bool {
        guard statement.allowsAction(anyOf: escalationActions), let resources = statement.resources else { return false }
        return resources.contains { resource in
            let arn = resource.lowercased()
            if arn == "*" { return true }
            guard arn.hasPrefix("arn:"), arn.contains(":iam::") else { return false }
            return arn.hasSuffix(":*") || arn.hasSuffix("/*") || arn.contains("::*:")
        }
    }
}

extension AWSPolicyStatementRule {
    static let roleDelegationOnAnyResource = AWSPolicyStatementRule(
        description: RuleDescription(
            id: "AWS-IAM-PASSROLE-WILDCARD", title: "IAM policy allows passing or assuming any role", severity: .high, cwe: 269,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Least privilege",
            rationale: "`iam:PassRole` or `sts:AssumeRole` on `*` (also through a pattern such as `iam:Pass*`, or a `NotAction` list that does not exclude them) lets the holder act as any role it can reach, including administrator roles: a classic privilege-escalation path. High.",
            recommendation: "Name the role ARNs that may be passed or assumed in `Resource`.",
            equivalents: [],
            triggering: [
                """
                data "aws_iam_policy_document" "deployer" {
                ↓  statement {
                    actions   = ["iam:Pass*"]
                    resources = ["*"]
                  }
                }
                """,
                """
                data "aws_iam_policy_document" "everything_but_iam" {
                ↓  statement {
                    not_actions = ["iam:*"]
                    resources   = ["*"]
                  }
                }
                """,
                """
                data "aws_iam_policy_document" "deployer" {
                ↓  statement {
                    actions   = ["iam:PassRole", "ecs:RunTask"]
                    resources = ["*"]
                  }
                }
                """,
                .template("""
                Resources:
                  Deployer:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: deploy
                      Roles: [!Ref DeployRole]
                      PolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Action: [ec2:RunInstances, iam:PassRole]
                            Resource: "*"
                """),
            ],
            nonTriggering: [
                """
                data "aws_iam_policy_document" "no_delegation" {
                  statement {
                    not_actions = ["iam:*", "sts:*"]
                    resources   = ["*"]
                  }
                }
                """,
                """
                data "aws_iam_policy_document" "deployer" {
                  statement {
                    actions   = ["iam:PassRole"]
                    resources = ["arn:aws:iam::123456789012:role/task"]
                  }
                }
                """,
                .template("""
                Resources:
                  Deployer:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: deploy
                      Roles: [!Ref DeployRole]
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: iam:PassRole
                            Resource: !GetAtt AppRole.Arn
                """),
            ]),
        roles: [.identity],
        problem: { statement in
            statement.allowsAction(anyOf: ["iam:PassRole", "sts:AssumeRole"])
                && AWSPolicyStatement.list(statement.resources, containsAnyOf: ["*"])
                ? "allows passing or assuming any role" : nil
        })
}

extension AWSSettingRule {
    static let iamPasswordShort = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-IAM-PASSWORD-SHORT", title: "Account password policy allows short passwords", severity: .low, cwe: 521,
            checklist: "Identity › Account password policy is strong",
            rationale: "IAM users' console passwords are what the account password policy makes them; the CIS AWS Foundations benchmark asks for this setting. Low: users with MFA or federated sign-in are not exposed by it. CloudFormation has no password policy resource.",
            recommendation: "Set `minimum_password_length = 14` in `aws_iam_account_password_policy`.",
            equivalents: [.checkov("CKV_AWS_10")],
            triggering: [
                """
                ↓resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                }
                """,
                """
                resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                ↓  minimum_password_length = 8
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                  minimum_password_length = 14
                }
                """,
            ]),
        types: ["Terraform::IAM::AccountPasswordPolicy"], terraform: ["minimum_password_length"], cloudFormation: [],
        expectation: .atLeast(14), whenMissing: "the default minimum is 8",
        problem: "accepts passwords shorter than 14 characters")
}

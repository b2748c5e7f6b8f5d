extension AWSSettingRule {
    static let iamPasswordReuse = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-IAM-PASSWORD-REUSE", title: "Account password policy allows reusing recent passwords", severity: .low, cwe: 521,
            checklist: "Identity › Account password policy is strong",
            rationale: "IAM users' console passwords are what the account password policy makes them; the CIS AWS Foundations benchmark asks for this setting. Low: users with MFA or federated sign-in are not exposed by it. CloudFormation has no password policy resource.",
            recommendation: "Set `password_reuse_prevention = 24` in `aws_iam_account_password_policy`.",
            equivalents: [.checkov("CKV_AWS_13")],
            triggering: [
                """
                ↓resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                }
                """,
                """
                resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                ↓  password_reuse_prevention = 3
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                  password_reuse_prevention = 24
                }
                """,
            ]),
        types: ["Terraform::IAM::AccountPasswordPolicy"], terraform: ["password_reuse_prevention"], cloudFormation: [],
        expectation: .atLeast(24), whenMissing: "passwords may be reused",
        problem: "lets users return to one of their last 24 passwords")
}

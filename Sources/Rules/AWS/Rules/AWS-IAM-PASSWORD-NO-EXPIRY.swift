extension AWSSettingRule {
    static let iamPasswordNoExpiry = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-IAM-PASSWORD-NO-EXPIRY", title: "Account password policy lets passwords live longer than 90 days", severity: .low, cwe: 521,
            checklist: "Identity › Account password policy is strong",
            rationale: "IAM users' console passwords are what the account password policy makes them; the CIS AWS Foundations benchmark asks for this setting. Low: users with MFA or federated sign-in are not exposed by it. CloudFormation has no password policy resource.",
            recommendation: "Set `max_password_age = 90` in `aws_iam_account_password_policy`.",
            equivalents: [.checkov("CKV_AWS_9")],
            triggering: [
                """
                ↓resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                }
                """,
                """
                resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                ↓  max_password_age = 365
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                  max_password_age = 90
                }
                """,
            ]),
        types: ["Terraform::IAM::AccountPasswordPolicy"], terraform: ["max_password_age"], cloudFormation: [],
        expectation: .atMost(90), whenMissing: "passwords never expire",
        problem: "keeps passwords longer than 90 days")
}

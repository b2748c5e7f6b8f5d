extension AWSSettingRule {
    static let iamPasswordNoLowercase = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-IAM-PASSWORD-NO-LOWERCASE", title: "Account password policy does not require lowercase letters", severity: .low, cwe: 521,
            checklist: "Identity › Account password policy is strong",
            rationale: "IAM users' console passwords are what the account password policy makes them; the CIS AWS Foundations benchmark asks for this setting. Low: users with MFA or federated sign-in are not exposed by it. CloudFormation has no password policy resource.",
            recommendation: "Set `require_lowercase_characters = true` in `aws_iam_account_password_policy`.",
            equivalents: [.checkov("CKV_AWS_11")],
            triggering: [
                """
                ↓resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                }
                """,
                """
                resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                ↓  require_lowercase_characters = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                  require_lowercase_characters = true
                }
                """,
            ]),
        types: ["Terraform::IAM::AccountPasswordPolicy"], terraform: ["require_lowercase_characters"], cloudFormation: [],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is false",
        problem: "accepts passwords without lowercase letters")
}

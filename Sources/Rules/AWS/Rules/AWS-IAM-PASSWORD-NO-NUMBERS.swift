extension AWSSettingRule {
    static let iamPasswordNoNumbers = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-IAM-PASSWORD-NO-NUMBERS", title: "Account password policy does not require numbers", severity: .low, cwe: 521,
            checklist: "Identity › Account password policy is strong",
            rationale: "IAM users' console passwords are what the account password policy makes them; the CIS AWS Foundations benchmark asks for this setting. Low: users with MFA or federated sign-in are not exposed by it. CloudFormation has no password policy resource.",
            recommendation: "Set `require_numbers = true` in `aws_iam_account_password_policy`.",
            equivalents: [.checkov("CKV_AWS_12")],
            triggering: [
                """
                ↓resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                }
                """,
                """
                resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                ↓  require_numbers = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                  require_numbers = true
                }
                """,
            ]),
        types: ["Terraform::IAM::AccountPasswordPolicy"], terraform: ["require_numbers"], cloudFormation: [],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is false",
        problem: "accepts passwords without numbers")
}

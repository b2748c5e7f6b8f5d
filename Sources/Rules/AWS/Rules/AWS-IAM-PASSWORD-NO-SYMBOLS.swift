extension AWSSettingRule {
    static let iamPasswordNoSymbols = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-IAM-PASSWORD-NO-SYMBOLS", title: "Account password policy does not require symbols", severity: .low, cwe: 521,
            checklist: "Identity › Account password policy is strong",
            rationale: "IAM users' console passwords are what the account password policy makes them; the CIS AWS Foundations benchmark asks for this setting. Low: users with MFA or federated sign-in are not exposed by it. CloudFormation has no password policy resource.",
            recommendation: "Set `require_symbols = true` in `aws_iam_account_password_policy`.",
            equivalents: [.checkov("CKV_AWS_14")],
            triggering: [
                """
                ↓resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                }
                """,
                """
                resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                ↓  require_symbols = false
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_iam_account_password_policy" "main" {
                  allow_users_to_change_password = true
                  require_symbols = true
                }
                """,
            ]),
        types: ["Terraform::IAM::AccountPasswordPolicy"], terraform: ["require_symbols"], cloudFormation: [],
        expectation: .oneOf([.bool(true)]), whenMissing: "the default is false",
        problem: "accepts passwords without symbols")
}

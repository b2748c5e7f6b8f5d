extension AWSSettingRule {
    static let iamUserAccessKey = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-IAM-USER-ACCESS-KEY", title: "IAM user has a long-lived access key", severity: .medium, cwe: 798,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Identity › No long-lived credentials",
            rationale: "An access key created with the infrastructure never expires, works from anywhere, and its secret is written to the Terraform state (or a stack output) and usually copied into CI settings and laptops, where it leaks. Medium: the key is as powerful as its user, and the usual cause of AWS account compromise. A key created `Inactive` grants nothing.",
            recommendation: "Give workloads roles (instance profiles, IRSA, ECS task roles) and CI OIDC federation with `sts:AssumeRoleWithWebIdentity` instead of `aws_iam_access_key`; where a key cannot be avoided, create it outside the code and rotate it. In CloudFormation, remove the `AWS::IAM::AccessKey`.",
            equivalents: [],
            triggering: [
                """
                ↓resource "aws_iam_access_key" "ci" {
                  user = aws_iam_user.ci.name
                }
                """,
                """
                resource "aws_iam_access_key" "ci" {
                  user    = aws_iam_user.ci.name
                  pgp_key = "keybase:ops"
                ↓  status  = "Active"
                }
                """,
                .template("""
                Resources:
                ↓  CIKey:
                    Type: AWS::IAM::AccessKey
                    Properties:
                      UserName: !Ref CIUser
                """),
            ],
            nonTriggering: [
                """
                resource "aws_iam_access_key" "retired" {
                  user   = aws_iam_user.ci.name
                  status = "Inactive"
                }
                """,
                .template("""
                Resources:
                  RetiredKey:
                    Type: AWS::IAM::AccessKey
                    Properties:
                      UserName: !Ref CIUser
                      Status: Inactive
                """),
            ]),
        types: ["AWS::IAM::AccessKey"], terraform: ["status"], cloudFormation: ["Status"],
        expectation: .oneOf([.string("Inactive")]), whenMissing: "a new key is active",
        problem: "creates a long-lived access key for an IAM user")
}

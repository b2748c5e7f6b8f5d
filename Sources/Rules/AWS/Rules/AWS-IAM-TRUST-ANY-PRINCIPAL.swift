extension AWSPolicyStatementRule {
    static let trustAnyPrincipal = AWSPolicyStatementRule(
        description: RuleDescription(
            id: "AWS-IAM-TRUST-ANY-PRINCIPAL", title: "IAM role can be assumed by anyone", severity: .critical, cwe: 284,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Least privilege",
            rationale: "A trust policy with `Principal: \"*\"` and no condition lets any AWS account in the world assume the role. Critical.",
            recommendation: "Name the trusted accounts, roles or services, and add conditions such as `sts:ExternalId` or `aws:PrincipalOrgID`.",
            equivalents: [.checkov("CKV_AWS_60")],
            triggering: [
                """
                resource "aws_iam_role" "shared" {
                  name = "shared"
                  assume_role_policy = jsonencode({
                ↓    Statement = [{
                      Effect    = "Allow"
                      Action    = "sts:AssumeRole"
                      Principal = { AWS = "*" }
                    }]
                  })
                }
                """,
                .template("""
                Resources:
                  Shared:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Principal:
                              AWS: "*"
                            Action: sts:AssumeRole
                """),
            ],
            nonTriggering: [
                """
                resource "aws_iam_role" "ec2" {
                  name = "ec2"
                  assume_role_policy = jsonencode({
                    Statement = [{
                      Effect    = "Allow"
                      Action    = "sts:AssumeRole"
                      Principal = { Service = "ec2.amazonaws.com" }
                    }]
                  })
                }
                """,
                .template("""
                Resources:
                  Shared:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: "*"
                            Action: sts:AssumeRole
                            Condition:
                              StringEquals:
                                aws:PrincipalOrgID: o-abc123
                """),
                .template("""
                Resources:
                  Shared:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS: !Sub "arn:aws:iam::${PartnerAccount}:root"
                            Action: sts:AssumeRole
                """),
            ]),
        roles: [.trust],
        problem: { $0.grantsToAnyone ? "can be assumed by any AWS principal" : nil })
}

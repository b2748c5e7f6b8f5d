extension AWSPolicyStatementRule {
    static let wildcardAdministrator = AWSPolicyStatementRule(
        description: RuleDescription(
            id: "AWS-IAM-WILDCARD", title: "IAM policy allows every action on every resource", severity: .critical, cwe: 269,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Least privilege",
            rationale: "`Action: \"*\"` on `Resource: \"*\"` is full administrator access: whoever holds the identity (or steals its credentials) owns the account. Critical.",
            recommendation: "List the actions and resources the workload needs; use AWS managed job-function policies or IAM Access Analyzer policy generation as a start.",
            equivalents: [.checkov("CKV_AWS_1"), .checkov("CKV_AWS_62"), .checkov("CKV_AWS_63"), .trivy("AVD-AWS-0057")],
            // Every action includes passing and assuming roles, and every way of granting oneself more.
            subsumes: ["AWS-IAM-PASSROLE-WILDCARD", "AWS-IAM-PRIVILEGE-ESCALATION"],
            triggering: [
                """
                resource "aws_iam_policy" "admin" {
                  name   = "admin"
                  policy = <<EOF
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
                ↓    {"Effect": "Allow", "Action": "*", "Resource": "*"}
                  ]
                }
                EOF
                }
                """,
                """
                resource "aws_iam_role_policy" "admin" {
                  role = aws_iam_role.app.id
                  policy = jsonencode({
                    Version = "2012-10-17"
                ↓    Statement = [{
                      Effect   = "Allow"
                      Action   = ["*"]
                      Resource = "*"
                    }]
                  })
                }
                """,
                """
                data "aws_iam_policy_document" "admin" {
                ↓  statement {
                    actions   = ["*"]
                    resources = ["*"]
                  }
                }
                resource "aws_iam_policy" "admin" {
                  policy = data.aws_iam_policy_document.admin.json
                }
                """,
                """
                locals {
                  policy = jsonencode({
                    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
                  })
                }
                resource "aws_iam_policy" "admin" {
                ↓  policy = local.policy
                }
                """,
                .template("""
                Resources:
                  Admin:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Action: s3:GetObject
                            Resource: "*"
                ↓          - Effect: Allow
                            Action: "*"
                            Resource: "*"
                """),
                .template("""
                Resources:
                  App:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]
                      Policies:
                        - PolicyName: everything
                          PolicyDocument:
                            Statement:
                ↓              - {Effect: Allow, Action: ["*"], Resource: "*"}
                """),
                .jsonTemplate("""
                {
                  "Resources": {
                    "Admin": {
                      "Type": "AWS::IAM::Policy",
                      "Properties": {
                        "PolicyName": "admin",
                        "Groups": [{"Ref": "Admins"}],
                        "PolicyDocument": {
                          "Statement": [
                ↓            {"Effect": "Allow", "Action": "*", "Resource": "*"}
                          ]
                        }
                      }
                    }
                  }
                }
                """),
                """
                module "deployer" {
                  source = "terraform-aws-modules/iam/aws//modules/iam-policy"
                  name   = "deployer"
                ↓  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
                }
                """,
            ],
            nonTriggering: [
                """
                resource "aws_iam_policy" "read" {
                  policy = jsonencode({
                    Statement = [{
                      Effect   = "Allow"
                      Action   = ["s3:GetObject"]
                      Resource = "arn:aws:s3:::my-data/*"
                    }]
                  })
                }
                """,
                """
                data "aws_iam_policy_document" "deny" {
                  statement {
                    effect    = "Deny"
                    actions   = ["*"]
                    resources = ["*"]
                  }
                }
                """,
                .template("""
                Resources:
                  Read:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: s3:GetObject
                            Resource: !Sub "arn:aws:s3:::${DataBucket}/*"
                """),
                .template("""
                Parameters:
                  Role:
                    Type: String
                    Default: reader
                Conditions:
                  IsAdmin: !Equals [!Ref Role, admin]
                Resources:
                  Maybe:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: !If [IsAdmin, "*", "s3:GetObject"]
                            Resource: "*"
                """),
            ]),
        roles: [.identity],
        problem: { statement in
            statement.allows && AWSPolicyStatement.list(statement.actions, containsAnyOf: ["*", "*:*"])
                && AWSPolicyStatement.list(statement.resources, containsAnyOf: ["*"])
                ? "allows every action on every resource" : nil
        })
}

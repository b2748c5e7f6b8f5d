extension AWSPolicyStatementRule {
    static let publicRepositoryPolicy = AWSPolicyStatementRule(
        description: RuleDescription(
            id: "AWS-ECR-PUBLIC-POLICY", title: "ECR repository policy grants access to anyone", severity: .high, cwe: 732,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Identity › Resource policies do not grant access to anyone",
            rationale: "A repository policy statement with `Principal: \"*\"` and no condition lets any AWS account pull the images (and the secrets and code baked into them) or, with push actions, replace them. High.",
            recommendation: "Name the accounts or roles that pull, or restrict with `aws:PrincipalOrgID`; publish public images through ECR Public instead.",
            equivalents: [.checkov("CKV_AWS_32")],
            triggering: [
                """
                resource "aws_ecr_repository_policy" "app" {
                  repository = aws_ecr_repository.app.name
                  policy = jsonencode({
                ↓    Statement = [{
                      Effect    = "Allow"
                      Principal = "*"
                      Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
                    }]
                  })
                }
                """,
                .template("""
                Resources:
                  App:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryPolicyText:
                        Statement:
                ↓          - Effect: Allow
                            Principal: {AWS: "*"}
                            Action: [ecr:BatchGetImage]
                """),
            ],
            nonTriggering: [
                """
                resource "aws_ecr_repository_policy" "app" {
                  repository = aws_ecr_repository.app.name
                  policy = jsonencode({
                    Statement = [{
                      Effect    = "Allow"
                      Principal = "*"
                      Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
                      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
                    }]
                  })
                }
                """,
                .template("""
                Resources:
                  App:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryPolicyText:
                        Statement:
                          - Effect: Allow
                            Principal: {AWS: "arn:aws:iam::123456789012:root"}
                            Action: [ecr:BatchGetImage]
                """),
            ]),
        roles: [.repository],
        problem: { $0.grantsToAnyone ? "allows anyone to use the repository" : nil })
}

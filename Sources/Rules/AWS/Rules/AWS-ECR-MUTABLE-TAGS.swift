extension AWSSettingRule {
    static let ecrMutableTags = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-ECR-MUTABLE-TAGS", title: "ECR repository lets image tags be overwritten", severity: .medium, cwe: 494,
            checklist: "Supply chain › Deployed images cannot be replaced under the same tag",
            rationale: "With mutable tags, whoever can push can replace `app:1.4.2` with other content, and every deployment pulling that tag runs it. Medium: needs push rights, but silently changes what runs.",
            recommendation: "Set `image_tag_mutability = \"IMMUTABLE\"` (CloudFormation: `ImageTagMutability: IMMUTABLE`).",
            equivalents: [.checkov("CKV_AWS_51"), .kics("ECR Image Tag Not Immutable")],
            triggering: [
                """
                ↓resource "aws_ecr_repository" "main" {
                  name = "app"
                }
                """,
                """
                resource "aws_ecr_repository" "main" {
                  name = "app"
                ↓  image_tag_mutability = "MUTABLE"
                }
                """,
                .template("""
                Resources:
                ↓  Main:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: app
                """),
                .template("""
                Resources:
                  Main:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: app
                ↓      ImageTagMutability: MUTABLE
                """),
            ],
            nonTriggering: [
                """
                resource "aws_ecr_repository" "main" {
                  name = "app"
                  image_tag_mutability = "IMMUTABLE"
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: app
                      ImageTagMutability: IMMUTABLE
                """),
            ]),
        types: ["AWS::ECR::Repository"], terraform: ["image_tag_mutability"], cloudFormation: ["ImageTagMutability"],
        expectation: .oneOf([.string("IMMUTABLE"), .string("IMMUTABLE_WITH_EXCLUSION")]), whenMissing: "tags are mutable by default",
        problem: "lets pushed tags be overwritten")
}

extension AWSSettingRule {
    static let ecrNoScanOnPush = AWSSettingRule(
        description: RuleDescription(
            id: "AWS-ECR-NO-SCAN-ON-PUSH", title: "ECR repository does not scan images on push", severity: .low, cwe: 1104,
            checklist: "Supply chain › Images are scanned for known vulnerabilities",
            rationale: "Scanning on push reports known vulnerabilities of every image as it arrives. Low: registry-wide enhanced scanning or a CI scanner are equivalent controls.",
            recommendation: "Add `image_scanning_configuration { scan_on_push = true }` (CloudFormation: `ImageScanningConfiguration: {ScanOnPush: true}`), or enable enhanced scanning for the registry.",
            equivalents: [.checkov("CKV_AWS_163")],
            triggering: [
                """
                ↓resource "aws_ecr_repository" "main" {
                  name = "app"
                }
                """,
                """
                resource "aws_ecr_repository" "main" {
                  name = "app"
                  image_scanning_configuration {
                ↓    scan_on_push = false
                  }
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
                      ImageScanningConfiguration:
                ↓        ScanOnPush: false
                """),
            ],
            nonTriggering: [
                """
                resource "aws_ecr_repository" "main" {
                  name = "app"
                  image_scanning_configuration {
                    scan_on_push = true
                  }
                }
                """,
                .template("""
                Resources:
                  Main:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: app
                      ImageScanningConfiguration:
                        ScanOnPush: true
                """),
            ]),
        types: ["AWS::ECR::Repository"], terraform: ["image_scanning_configuration.scan_on_push"], cloudFormation: ["ImageScanningConfiguration.ScanOnPush"],
        expectation: .oneOf([.bool(true)]), whenMissing: "pushed images are not scanned",
        problem: "does not scan pushed images")
}

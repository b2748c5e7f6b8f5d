import InfragateParsers

/// S3 CORS rules that accept requests from any web origin, in either format.
struct S3CORSAnyOriginRule: Rule {
    let description = RuleDescription(
        id: "AWS-S3-CORS-ANY-ORIGIN", title: "S3 CORS allows any origin", severity: .medium, cwe: 942,
        checklist: "Cloud storage › Cross-origin access is limited to known sites",
        rationale: "`allowed_origins = [\"*\"]` lets scripts on any website read (or, with PUT/POST/DELETE, change) objects with the visitor's credentials or pre-signed URLs. Medium: it widens exposure rather than opening the bucket.",
        recommendation: "List the exact origins (`https://app.example.com`) that need cross-origin access.",
        triggering: [
            """
            resource "aws_s3_bucket_cors_configuration" "site" {
              bucket = aws_s3_bucket.site.id
              cors_rule {
                allowed_methods = ["GET", "PUT"]
            ↓    allowed_origins = ["*"]
              }
            }
            """,
            .template("""
            Resources:
              Site:
                Type: AWS::S3::Bucket
                Properties:
                  CorsConfiguration:
                    CorsRules:
                      - AllowedMethods: [GET]
                        AllowedOrigins: [https://app.example.com]
                      - AllowedMethods: [GET, PUT]
            ↓            AllowedOrigins: ["*"]
            """),
        ],
        nonTriggering: [
            """
            resource "aws_s3_bucket_cors_configuration" "site" {
              bucket = aws_s3_bucket.site.id
              cors_rule {
                allowed_methods = ["GET"]
                allowed_origins = ["https://app.example.com"]
              }
            }
            """,
            .template("""
            Resources:
              Site:
                Type: AWS::S3::Bucket
                Properties:
                  CorsConfiguration:
                    CorsRules:
                      - AllowedMethods: [GET]
                        AllowedOrigins: [!Sub "https://${Domain}"]
            """),
        ])

    /// Terraform's `cors_rule` blocks (of a bucket, or of `aws_s3_bucket_cors_configuration`) and
    /// CloudFormation's `CorsConfiguration.CorsRules`.
    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType("AWS::S3::Bucket", "Terraform::S3::BucketCorsConfiguration").flatMap { resource in
            let path = resource.isTerraform ? "cors_rule" : "CorsConfiguration.CorsRules"
            return (resource.setting(path)?.elements ?? []).enumerated().compactMap { index, rule -> Violation? in
                guard let origins = rule.member("AllowedOrigins"), origins.elements.contains(where: { $0.known == .string("*") }) else { return nil }
                return resource.violation(at: origins, message: "\(resource.address) accepts cross-origin requests from any site.",
                                          detail: "\(path)[\(index)]")
            }
        }
    }
}

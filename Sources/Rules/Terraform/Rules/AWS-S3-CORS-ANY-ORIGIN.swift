/// S3 CORS rules that accept requests from any web origin.
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
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        ["aws_s3_bucket_cors_configuration", "aws_s3_bucket"].flatMap(module.resources(ofType:)).flatMap { resource in
            resource.settings.blocks("cors_rule").enumerated().compactMap { index, rule -> Violation? in
                guard let origins = rule.attribute("allowed_origins"),
                      module.evaluate(origins.expression).listElements.contains(.string("*"))
                else { return nil }
                return resource.violation(line: origins.line, message: "\(resource.address) accepts cross-origin requests from any site.", detail: "cors_rule[\(index)]")
            }
        }
    }
}

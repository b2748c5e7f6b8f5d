/// Bucket CORS rules that accept requests from any web origin.
struct CloudFormationCORSRule: Rule {
    let description = S3CORSAnyOriginRule().description.adding(CloudFormationDocumentation(
        triggering: [
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
        ]))

    func check(_ template: CloudFormationTemplate) -> [Violation] {
        template.resources(ofType: ["AWS::S3::Bucket"]).flatMap { bucket in
            (bucket.property(["CorsConfiguration", "CorsRules"])?.value.elements ?? []).enumerated().compactMap { index, rule -> Violation? in
                guard let origins = rule.member("AllowedOrigins"), origins.value.elements.contains(where: { $0.string == "*" }) else { return nil }
                return bucket.violation(line: origins.keyLine, message: "\(bucket.logicalID) accepts cross-origin requests from any site.",
                                        property: "CorsConfiguration.CorsRules[\(index)]")
            }
        }
    }
}

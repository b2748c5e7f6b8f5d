/// Buckets whose `PublicAccessBlockConfiguration` is missing or leaves one of its four guards off.
struct CloudFormationPublicAccessBlockRule: Rule {
    let description = S3BucketConfigurationRule.publicAccessBlock.description.adding(CloudFormationDocumentation(
        fix: "set `BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls` and `RestrictPublicBuckets` of `PublicAccessBlockConfiguration` to `true`.",
        triggering: [
            .template("""
            Resources:
            ↓  Data:
                Type: AWS::S3::Bucket
            """),
            .template("""
            Resources:
              Data:
                Type: AWS::S3::Bucket
                Properties:
                  PublicAccessBlockConfiguration:
                    BlockPublicAcls: true
            ↓        BlockPublicPolicy: false
                    IgnorePublicAcls: true
                    RestrictPublicBuckets: true
            """),
        ],
        nonTriggering: [
            .template("""
            Resources:
              Data:
                Type: AWS::S3::Bucket
                Properties:
                  PublicAccessBlockConfiguration:
                    BlockPublicAcls: true
                    BlockPublicPolicy: true
                    IgnorePublicAcls: true
                    RestrictPublicBuckets: true
            """),
            .template("""
            Resources:
              Data:
                Type: AWS::S3::Bucket
                Properties:
                  PublicAccessBlockConfiguration: !If [IsPublicSite, !Ref AWS::NoValue, !Ref Locked]
            """),
        ]))

    private static let guards = ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"]
    private let problem = S3BucketConfigurationRule.publicAccessBlock.problem

    func check(_ template: CloudFormationTemplate) -> [Violation] {
        template.resources(ofType: ["AWS::S3::Bucket"]).flatMap { bucket -> [Violation] in
            let name = "PublicAccessBlockConfiguration"
            guard let configuration = bucket.property([name]) else {
                return [bucket.violation(message: "\(bucket.logicalID) \(problem): `\(name)` is not set.", property: name)]
            }
            guard case .object = configuration.value.kind else { return [] }
            return Self.guards.compactMap { guardName in
                let path = "\(name).\(guardName)"
                guard let setting = configuration.value.member(guardName) else {
                    return bucket.violation(line: configuration.keyLine, message: "\(bucket.logicalID) \(problem): `\(path)` is not set (the default is false).",
                                            property: path)
                }
                guard setting.value.known.boolValue == false else { return nil }
                return bucket.violation(line: setting.keyLine, message: "\(bucket.logicalID) \(problem): `\(path)` is false.", property: path)
            }
        }
    }
}

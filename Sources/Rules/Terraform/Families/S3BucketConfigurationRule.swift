import InfragateParsers

/// The family of bucket-level checks that AWS provider v4+ moved into separate resources
/// (`aws_s3_bucket_versioning`, `…_logging`, …). A bucket is judged together with the resources
/// of its module that point at it, wherever they are written; a bucket is only reported as
/// lacking the configuration when no resource of the module could be providing it.
struct S3BucketConfigurationRule: Rule {
    /// A setting of a configuration that is missing or has an unsafe value.
    struct UnsafeSetting {
        let name: String
        /// Nil when the setting is missing: reported on the block that should contain it.
        let line: Int?
        let state: String
    }

    let description: RuleDescription
    /// The separate resource, e.g. `aws_s3_bucket_versioning`.
    let configurationType: String
    /// The pre-v4 block inside `aws_s3_bucket`, e.g. `versioning`.
    let inlineBlock: String?
    /// A resource that configures every bucket of the account (`aws_s3_account_public_access_block`).
    let accountWideType: String?
    /// What the bucket lacks, completing "<address> …".
    let problem: String
    /// The unsafe settings of a separate configuration resource; empty when it is safe.
    let unsafeSettings: @Sendable (TerraformBlock) -> [UnsafeSetting]
    /// The same for the inline block.
    var unsafeInlineSettings: @Sendable (TerraformBlock) -> [UnsafeSetting] = { _ in [] }

    func check(_ module: TerraformModule) -> [Violation] {
        let buckets = module.resources(ofType: "aws_s3_bucket")
        let configurations = module.resources(ofType: configurationType)
        var found = configurations.flatMap { judge($0.settings, of: $0, by: unsafeSettings) }
        if let accountWideType, !module.resources(ofType: accountWideType).isEmpty { return found }
        let bucketNames = S3Buckets.addressesByName(buckets, in: module)
        let placed = configurations.map { S3Buckets.bucket(configuredBy: $0, bucketNames: bucketNames, in: module) }
        // A configuration whose bucket cannot be resolved may be any bucket's: report none as lacking it.
        let someUnplaced = placed.contains { $0 == nil }
        for bucket in buckets {
            if let inlineBlock, let inline = bucket.settings.blocks(inlineBlock).first {
                found += judge(inline, of: bucket, by: unsafeInlineSettings)
            } else if !placed.contains(bucket.address), !someUnplaced {
                found.append(bucket.violation(message: "\(bucket.address) \(problem): no `\(configurationType)` in the module refers to it.", detail: configurationType))
            }
        }
        return found
    }

    private func judge(
        _ configuration: TerraformBlock, of resource: TerraformResource, by unsafeSettings: (TerraformBlock) -> [UnsafeSetting]
    ) -> [Violation] {
        unsafeSettings(configuration).map { setting in
            resource.violation(line: setting.line ?? configuration.line,
                               message: "\(resource.address) \(problem): `\(setting.name)` \(setting.state).", detail: setting.name)
        }
    }
}

/// How S3 configuration resources name their bucket.
enum S3Buckets {
    /// Bucket addresses by their known `bucket` names.
    static func addressesByName(_ buckets: [TerraformResource], in module: TerraformModule) -> [String: String] {
        var addresses: [String: String] = [:]
        for bucket in buckets {
            if let name = bucket.settings.value("bucket")?.stringValue, addresses[name] == nil { addresses[name] = bucket.address }
        }
        return addresses
    }

    /// The address of the bucket a configuration resource applies to: by reference
    /// (`aws_s3_bucket.b.id`) or by a literal name equal to the bucket's `bucket`.
    static func bucket(configuredBy configuration: TerraformResource, bucketNames: [String: String], in module: TerraformModule) -> String? {
        guard let attribute = configuration.settings.attribute("bucket") else { return nil }
        if let referenced = module.referencedResource(attribute.expression), referenced.type == "aws_s3_bucket" {
            return referenced.address
        }
        guard case .string(let name) = module.evaluate(attribute.expression) else { return nil }
        return bucketNames[name]
    }

    /// A boolean setting that must be explicitly true.
    static func requireTrue(_ name: String, in block: TerraformBlock) -> S3BucketConfigurationRule.UnsafeSetting? {
        guard let attribute = block.attribute(name) else {
            return .init(name: name, line: nil, state: "is not set (the default is false)")
        }
        return block.module.evaluate(attribute.expression).boolValue == false
            ? .init(name: name, line: attribute.line, state: "is false") : nil
    }
}

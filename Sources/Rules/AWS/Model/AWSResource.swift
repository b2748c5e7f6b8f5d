import InfragateParsers

/// One AWS resource, from a Terraform module or a CloudFormation template, in one vocabulary:
/// its type is the CloudFormation type (`AWS::S3::Bucket` for `aws_s3_bucket`), its address the
/// Terraform address or the logical id, and its properties the settings as written (Terraform's
/// separate configuration resources joined in under the CloudFormation property they stand for).
struct AWSResource: Sendable {
    enum Source: Sendable {
        case terraform
        case cloudFormation
    }

    let type: String
    /// `aws_s3_bucket.logs` or `LogsBucket`: what findings name.
    let address: String
    let source: Source
    /// The file that declares it, for Terraform modules spanning files; nil for the file under evaluation.
    let path: String?
    /// The header line, where a missing setting is reported.
    let line: Int
    let endLine: Int
    private(set) var properties: AWSValue
    /// Properties a separate resource may set that could not be told apart (its bucket is a
    /// variable): a missing one of these is unknown, not unset.
    var configuredElsewhere: Set<String> = []

    init(type: String, address: String, source: Source, path: String?, line: Int, endLine: Int, properties: AWSValue) {
        self.type = type
        self.address = address
        self.source = source
        self.path = path
        self.line = line
        self.endLine = endLine
        self.properties = properties
    }

    var isTerraform: Bool { source == .terraform }

    /// The setting at the path this resource's format spells; unknown when a separate resource
    /// of unknown target may set it.
    func setting(_ path: String) -> AWSValue? {
        if let value = properties.value(at: path) { return value }
        let first = String(path.prefix { $0 != "." })
        return configuredElsewhere.contains(AWSValue.normalized(first)) ? .unknown(line: line) : nil
    }

    /// The first of several spellings that is set (a current and a former Terraform attribute).
    func setting(anyOf paths: [String]) -> (path: String, value: AWSValue)? {
        for path in paths {
            if let value = setting(path) { return (path, value) }
        }
        return nil
    }

    /// Adds a separate resource's settings under the property they configure.
    mutating func join(_ value: AWSValue, as property: String) {
        properties = AWSValue(.object(properties.members + [AWSMember(key: property, value: value)]),
                              line: properties.line, endLine: properties.endLine)
    }

    /// A finding at a line inside this resource (a policy statement) that no setting value spans.
    func violation(line: Int, message: String, detail: String) -> Violation {
        Violation(line: line, message: message, identity: "\(address)|\(detail)", path: path)
    }

    /// A finding on this resource: at `value` when given, else at the header. `detail` names the
    /// setting in the identity, so the fingerprint survives lines moving.
    func violation(at value: AWSValue? = nil, message: String, detail: String) -> Violation {
        let spansLines = value.map { $0.endLine > $0.line } ?? false
        return Violation(
            line: value?.line ?? line, endLine: spansLines ? value?.endLine : nil, message: message,
            identity: "\(address)|\(detail)", path: value?.path ?? path)
    }
}

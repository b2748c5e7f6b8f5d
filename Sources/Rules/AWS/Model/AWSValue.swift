import InfragateParsers

/// A setting of an AWS resource as either format writes it: a primitive (`.unknown` for what only
/// deploy time knows: a variable without a value, an intrinsic function), an object of named
/// settings or a list (Terraform's repeated blocks are lists), with the lines it spans.
struct AWSValue: Sendable {
    indirect enum Content: Sendable {
        case scalar(HCLValue)
        case object([AWSMember])
        case list([AWSValue])
    }

    let content: Content
    let line: Int
    let endLine: Int
    /// The CloudFormation parameter whose `Default` this value is (`!Ref SSHLocation`).
    var parameter: String?
    /// The file it is written in when that is not its resource's (a separate Terraform resource joined in).
    var path: String?
    /// What it refers to: Terraform addresses (`aws_vpc.main`, `module.vpc`) or logical ids.
    var references: [String] = []
    /// For a value only deploy time knows whole (a template with interpolations, `base64encode(…)`,
    /// `!Sub`, `Fn::Join`), the text written literally in it, so scripts can be searched for secrets.
    var literalText: String?

    init(_ content: Content, line: Int, endLine: Int? = nil, parameter: String? = nil, references: [String] = []) {
        self.content = content
        self.line = line
        self.endLine = endLine ?? line
        self.parameter = parameter
        self.references = references
    }

    static func unknown(line: Int) -> AWSValue { AWSValue(.scalar(.unknown), line: line) }

    /// Terraform's `snake_case` and CloudFormation's `PascalCase` spell most settings alike.
    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" })
    }

    /// The member called `name`. Through a list (repeated blocks) the first element is read; an
    /// unknown value is returned as itself, so what an unknown object holds is unknown, not unset.
    func member(_ name: String) -> AWSValue? {
        switch content {
        case .object(let members):
            let key = Self.normalized(name)
            return members.last { $0.normalizedKey == key }?.value
        case .list(let elements):
            return elements.first?.member(name)
        case .scalar(.unknown):
            return self
        case .scalar:
            return nil
        }
    }

    /// The value at a dotted path (`metadata_options.http_tokens`); nil when a step is not set.
    func value(at path: String) -> AWSValue? {
        var current = self
        for step in path.split(separator: ".") {
            guard let next = current.member(String(step)) else { return nil }
            current = next
        }
        return current
    }

    /// The elements of a list, or the value itself (settings take one or many).
    var elements: [AWSValue] {
        if case .list(let elements) = content { return elements }
        return [self]
    }

    var members: [AWSMember] {
        if case .object(let members) = content { return members }
        return []
    }

    /// The value with every unknown part `.unknown`, in the model rules compare against.
    var known: HCLValue {
        switch content {
        case .scalar(let value): return value
        case .list(let elements): return .list(elements.map(\.known))
        case .object(let members):
            var object: [String: HCLValue] = [:]
            for member in members { object[member.key] = member.value.known }
            return .object(object)
        }
    }

    var isKnown: Bool { known.isKnown }
}

/// A named setting, with its spelling in the source.
struct AWSMember: Sendable {
    let key: String
    let normalizedKey: String
    let value: AWSValue

    init(key: String, value: AWSValue) {
        self.key = key
        self.normalizedKey = AWSValue.normalized(key)
        self.value = value
    }
}

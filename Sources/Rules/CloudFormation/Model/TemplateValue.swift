import InfragateParsers

/// A value of a CloudFormation template, read from YAML or JSON alike, with the line it starts on.
/// Nesting is bounded by the parsers' depth limits, so walks over it cannot be driven into a stack overflow.
struct TemplateValue: Sendable {
    enum Kind: Sendable {
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
        case list([TemplateValue])
        case object([TemplateMember])
        /// `Ref`, `Fn::Sub`, `Fn::If`… (long form or a `!Ref`-style tag): resolved only at deploy
        /// time, so rules treat the value as unknown. `function` is the long name, e.g. `Fn::Sub`.
        indirect case intrinsic(function: String, argument: TemplateValue)
    }

    let kind: Kind
    let line: Int
    /// The parameter whose `Default` this value is, when it was written `Ref: Parameter`.
    private(set) var parameter: String?

    /// A value, with a one-key `{"Ref": …}` or `{"Fn::…": …}` object read as the intrinsic function
    /// it is; `Fn::ForEach::Name` is a loop over resources (an entry of its object), not a value.
    init(_ kind: Kind, line: Int) {
        if case .object(let members) = kind, members.count == 1, let only = members.first,
           only.key == "Ref" || only.key.hasPrefix("Fn::") && !only.key.hasPrefix("Fn::ForEach::") {
            self.kind = .intrinsic(function: only.key, argument: only.value)
        } else {
            self.kind = kind
        }
        self.line = line
    }

    /// Every `Ref` to a parameter with a literal `Default` replaced by that default: what the stack
    /// gets unless the deployer overrides it, and what Checkov and cfn-lint judge too.
    func resolvingReferences(to defaults: [String: TemplateValue]) -> TemplateValue {
        switch kind {
        case .intrinsic(function: "Ref", argument: let argument):
            guard let name = argument.string, let value = defaults[name] else { return self }
            var resolved = TemplateValue(value.kind, line: line)
            resolved.parameter = name
            return resolved
        case .intrinsic(let function, let argument):
            return TemplateValue(.intrinsic(function: function, argument: argument.resolvingReferences(to: defaults)), line: line)
        case .list(let elements):
            return TemplateValue(.list(elements.map { $0.resolvingReferences(to: defaults) }), line: line)
        case .object(let members):
            return TemplateValue(.object(members.map {
                TemplateMember(key: $0.key, keyLine: $0.keyLine, value: $0.value.resolvingReferences(to: defaults))
            }), line: line)
        case .string, .number, .bool, .null:
            return self
        }
    }

    /// The same value, line and parameter, with other content.
    func replacingKind(with kind: Kind) -> TemplateValue {
        var value = TemplateValue(kind, line: line)
        value.parameter = parameter
        return value
    }

    var isIntrinsic: Bool {
        if case .intrinsic = kind { return true }
        return false
    }

    /// The members of an object; empty for anything else.
    var members: [TemplateMember] {
        if case .object(let members) = kind { return members }
        return []
    }

    /// The elements of a list; empty for anything else.
    var elements: [TemplateValue] {
        if case .list(let elements) = kind { return elements }
        return []
    }

    /// The member named `key` of an object (the last one, as JSON readers do).
    func member(_ key: String) -> TemplateMember? {
        members.last { $0.key == key }
    }

    /// A string written literally; nil for anything else, intrinsic functions included.
    var string: String? {
        if case .string(let string) = kind { return string }
        return nil
    }

    /// The string form CloudFormation gives a literal scalar (in comparisons and loop collections).
    var scalarText: String? {
        switch kind {
        case .string(let string): return string
        case .bool(let bool): return bool ? "true" : "false"
        case .number(let number):
            return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        default: return nil
        }
    }

    /// The value in the model the AWS rules share with Terraform, intrinsic functions as `.unknown`.
    var known: HCLValue {
        switch kind {
        case .string(let string): return .string(string)
        case .number(let number): return .number(number)
        case .bool(let bool): return .bool(bool)
        case .null: return .null
        case .list(let elements): return .list(elements.map(\.known))
        case .object(let members):
            var object: [String: HCLValue] = [:]
            for member in members { object[member.key] = member.value.known }
            return .object(object)
        case .intrinsic: return .unknown
        }
    }
}

/// One key of a template object, with the key's line: findings point at the property's name.
struct TemplateMember: Sendable {
    let key: String
    let keyLine: Int
    let value: TemplateValue
}

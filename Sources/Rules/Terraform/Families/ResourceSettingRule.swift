import InfragateParsers

/// The family of checks that read one setting of a resource type: "EBS volumes set
/// `encrypted = true`", "RDS instances never set `publicly_accessible = true`". One instance per rule.
struct ResourceSettingRule: Rule {
    enum Expectation: Sendable {
        /// Safe only when set to one of these values: the provider's default is unsafe, so a
        /// missing setting is a finding.
        case explicitly([HCLValue])
        /// Unsafe when set to one of these values; the default is safe.
        case never([HCLValue])
        /// Safe when set to anything non-empty (a KMS key, a log destination).
        case present
    }

    let description: RuleDescription
    let resourceTypes: [String]
    /// Nested block names then the attribute, e.g. `["metadata_options", "http_tokens"]`.
    let setting: [String]
    let expectation: Expectation
    /// What is wrong, completing "<address> …", e.g. "is not encrypted at rest".
    let problem: String
    /// The name older provider versions give the setting, read when the current one is absent.
    var formerSetting: [String]?
    /// Attributes or blocks through which the resource inherits the setting (a launch template,
    /// a source snapshot): when one is present, a missing setting is unknown rather than unsafe.
    var inheritedThrough: [String] = []

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources.filter { resourceTypes.contains($0.type) }.compactMap(check)
    }

    private func check(_ resource: TerraformResource) -> Violation? {
        var name = setting.joined(separator: ".")
        var found = resource.settings.setting(setting)
        if found == nil, let formerSetting, let former = resource.settings.setting(formerSetting) {
            found = former
            name = formerSetting.joined(separator: ".")
        }
        guard let (value, line) = found else {
            let settings = resource.settings
            if inheritedThrough.contains(where: { settings.attribute($0) != nil || !settings.blocks($0).isEmpty }) { return nil }
            switch expectation {
            case .explicitly, .present:
                return resource.violation(message: "\(resource.address) \(problem): `\(name)` is not set and the default is unsafe.", detail: name)
            case .never:
                return nil
            }
        }
        guard value.isKnown else { return nil }
        let isUnsafe: Bool
        switch expectation {
        case .explicitly(let safeValues): isUnsafe = !safeValues.contains { Self.value(value, matches: $0) }
        case .never(let unsafeValues): isUnsafe = unsafeValues.contains { Self.value(value, matches: $0) }
        case .present: isUnsafe = value == .null || value == .string("")
        }
        guard isUnsafe else { return nil }
        return resource.violation(line: line, message: "\(resource.address) \(problem): `\(name)` is \(Self.describe(value)).", detail: name)
    }

    /// HCL converts between primitive types, and AWS enumerations are case-insensitive.
    static func value(_ value: HCLValue, matches expected: HCLValue) -> Bool {
        switch expected {
        case .bool(let bool): return value.boolValue == bool
        case .number(let number): return value.numberValue == number
        case .string(let string): return value.stringValue?.lowercased() == string.lowercased()
        default: return value == expected
        }
    }

    /// Settings checked here are flags, enumerations and key ids, never secrets, so naming the value is safe.
    static func describe(_ value: HCLValue) -> String {
        switch value {
        case .null: return "null"
        case .string(""): return "empty"
        default: return value.stringValue.map { "`\($0)`" } ?? "not a valid value"
        }
    }
}

import InfragateParsers

/// A rule that reads one setting of some AWS resource types, spelled the way each format spells
/// it: written once, judged alike on Terraform and CloudFormation. Each rule file makes one.
struct AWSSettingRule: Rule {
    enum Expectation: Sendable {
        /// Safe only when one of these values.
        case oneOf([HCLValue])
        /// Unsafe when one of these values.
        case noneOf([HCLValue])
        /// Safe when set to anything non-empty (a KMS key, a log destination).
        case present
        /// A number at least this (retention days, a password length).
        case atLeast(Double)
        /// A number at most this (a password age).
        case atMost(Double)
        /// A log retention in days of at least the policy's `logs.minimum_retention_days`, else
        /// this; 0 keeps logs forever, as CloudWatch reads it.
        case logRetention(defaultMinimum: Int)
    }

    let description: RuleDescription
    /// CloudFormation types (`AWS::ECR::Repository`); Terraform resources are read under them.
    let types: [String]
    /// Dotted paths, the first one set is judged (a current and a former attribute name).
    let terraform: [String]
    /// Empty when CloudFormation has no such resource.
    let cloudFormation: [String]
    let expectation: Expectation
    /// What happens when the setting is left out, completing "… is not set: …" (e.g. "tags stay
    /// mutable"); nil when the default is safe and a missing setting is no finding.
    let whenMissing: String?
    /// What is wrong, completing "<address> …", e.g. "lets pushed tags be overwritten".
    let problem: String
    /// Settings through which the resource takes the value from elsewhere (a source snapshot, a
    /// cluster): when one is set, a missing setting is unknown.
    var inheritedThrough: [String] = []
    /// Resources the setting means something for (an engine that supports it, a symmetric key).
    var appliesTo: @Sendable (AWSResource) -> Bool = { _ in true }
    /// Whether what the resource says elsewhere (the image it boots) makes the service's default
    /// safe, so that a missing setting is no finding while an explicit unsafe one still is.
    var defaultIsSafe: @Sendable (AWSResource, AWSResources) -> Bool = { _, _ in false }

    func check(_ resources: AWSResources) -> [Violation] {
        resources.ofType(types).filter(appliesTo).compactMap { check($0, in: resources) }
    }

    private func check(_ resource: AWSResource, in resources: AWSResources) -> Violation? {
        let paths = resource.isTerraform ? terraform : cloudFormation
        guard let name = paths.first else { return nil }
        guard let (path, setting) = resource.setting(anyOf: paths) else {
            guard let whenMissing, !inheritedThrough.contains(where: { resource.setting($0) != nil }),
                  !defaultIsSafe(resource, resources) else { return nil }
            return resource.violation(message: "\(resource.address) \(problem): `\(name)` is not set (\(whenMissing)).", detail: name)
        }
        let value = setting.known
        guard value.isKnown, isUnsafe(value, under: resources.parameters) else { return nil }
        let through = setting.parameter.map { ", the default of parameter `\($0)`" } ?? ""
        var expected = ""
        if case .logRetention(let defaultMinimum) = expectation {
            let minimum = resources.parameters.minimumLogRetentionDays
            expected = minimum.map { ", under the policy's minimum of \($0) days" } ?? ", under \(defaultMinimum) days"
        }
        return resource.violation(at: setting, message: "\(resource.address) \(problem): `\(path)` is \(Self.describe(value))\(through)\(expected).",
                                  detail: name)
    }

    private func isUnsafe(_ value: HCLValue, under parameters: RuleParameters) -> Bool {
        switch expectation {
        case .logRetention(let defaultMinimum):
            guard let days = value.numberValue, days != 0 else { return false }
            return days < Double(parameters.minimumLogRetentionDays ?? defaultMinimum)
        case .oneOf(let safe): return !safe.contains { Self.value(value, matches: $0) }
        case .noneOf(let unsafe): return unsafe.contains { Self.value(value, matches: $0) }
        case .present: return value == .null || value == .string("") || value == .list([])
        case .atLeast(let minimum): return value.numberValue.map { $0 < minimum } ?? false
        case .atMost(let maximum): return value.numberValue.map { $0 > maximum } ?? false
        }
    }

    /// Both formats convert between primitive types, and AWS enumerations are case-insensitive.
    static func value(_ value: HCLValue, matches expected: HCLValue) -> Bool {
        switch expected {
        case .bool(let bool): return value.boolValue == bool
        case .number(let number): return value.numberValue == number
        case .string(let string): return value.stringValue?.lowercased() == string.lowercased()
        default: return value == expected
        }
    }

    /// Settings read this way are flags, enumerations, numbers and key ids, never secrets, so naming the value is safe.
    static func describe(_ value: HCLValue) -> String {
        switch value {
        case .null: return "null"
        case .string(""): return "empty"
        case .list([]): return "an empty list"
        default: return value.stringValue.map { "`\($0)`" } ?? "not a valid value"
        }
    }
}

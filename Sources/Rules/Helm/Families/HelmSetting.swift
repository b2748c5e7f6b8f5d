import InfragateParsers

/// "Key K set to a value that weakens the pod", for values that end up in a `securityContext` or pod spec.
/// One declarative rule type, instantiated per setting.
struct HelmSetting: Rule {
    let keys: Set<String>
    let isWeak: @Sendable (YAMLNode) -> Bool
    let description: RuleDescription

    func check(_ values: HelmValues) -> [Violation] {
        values.settings.compactMap { setting in
            guard keys.contains(setting.entry.key), isWeak(setting.entry.value) else { return nil }
            // The keys are booleans and user ids, never secrets, so the value is shown.
            let value = setting.entry.value.string.flatMap { $0.isEmpty ? nil : "`\($0)`" } ?? "a value"
            return Violation(line: setting.entry.keyLine, message: "Values set `\(setting.path)` to \(value), which weakens the pod.",
                             identity: "values:\(setting.path)")
        }
    }
}

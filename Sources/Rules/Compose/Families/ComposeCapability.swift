import InfragateParsers

/// Capabilities added with `cap_add`, in two rules: those known to allow escapes (high) and the rest (low).
struct ComposeCapability: Rule {
    let reportsDangerous: Bool
    let description: RuleDescription

    func check(_ service: ComposeService) -> [Violation] {
        (service.node["cap_add"]?.items ?? []).compactMap { item in
            guard let capability = item.string.map(LinuxCapability.normalised),
                  LinuxCapability.dangerous.contains(capability) == reportsDangerous else { return nil }
            return Violation(line: item.line, message: "Service `\(service.name)` adds capability `\(capability)`.",
                             identity: service.identity("cap_add:\(capability)"))
        }
    }
}

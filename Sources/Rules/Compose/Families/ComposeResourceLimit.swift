import InfragateParsers

/// One rule per resource: a service without a CPU or memory limit can starve the host.
struct ComposeResourceLimit: Rule {
    /// `deploy.resources.limits` key (Compose specification) and the legacy service-level key.
    let limitKey: String
    let legacyKey: String
    let description: RuleDescription

    func check(_ service: ComposeService) -> [Violation] {
        // An empty value is unset, as compose-go reads it: no limit.
        let isSet = { (value: String?) in !(value ?? "").isEmpty }
        guard !isSet(service.node["deploy"]?["resources"]?["limits"]?[limitKey]?.string), !isSet(service.node[legacyKey]?.string) else { return [] }
        return [Violation(line: service.line, message: "Service `\(service.name)` sets no \(limitKey) limit (`deploy.resources.limits.\(limitKey)` or `\(legacyKey)`).",
                          identity: service.identity("limit:\(limitKey)"))]
    }
}

import InfragateParsers

/// One rule per resource: a container without a limit (and request) for it can starve its node.
struct ResourceRequirements: Rule {
    let resource: String
    let description: RuleDescription

    func check(_ container: Container) -> [Violation] {
        let resources = container.node["resources"]
        let isSet = { (section: String) in resources?[section]?[resource]?.string.map { !$0.isEmpty } ?? false }
        // The API server defaults a missing request to the limit, so a limit alone is both.
        let missing = isSet("limits") ? [] : isSet("requests") ? ["limits"] : ["limits", "requests"]
        guard !missing.isEmpty else { return [] }
        let what = missing.map { "`\($0).\(resource)`" }.joined(separator: " and ")
        return [Violation(line: container.line, message: "\(container.subject) sets no \(what).",
                         identity: container.identity("resources.\(resource)"))]
    }

    /// A Pod whose container has the given (already indented) `resources` lines.
    static func example(resources: String, marked: Bool = true) -> RuleExample {
        RuleExample("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
            \(marked ? "↓" : "")    - name: app
                  image: nginx:1.27
                  resources:
            \(resources)
            """)
    }
}

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
        return [Violation(line: container.line, message: "Container `\(container.name)` sets no \(what).",
                         identity: container.identity("resources.\(resource)"))]
    }

    static let cpu = ResourceRequirements(resource: "cpu", description: RuleDescription(
        id: "K8S-CPU-LIMITS", title: "Container has no CPU limit or request", severity: .low, cwe: 770,
        checklist: "Kubernetes workload hygiene › CPU and memory requests and limits set",
        rationale: "Without a CPU limit one runaway or compromised container (a crypto-miner, say) can starve its neighbours; without a request the scheduler overcommits the node. Low: an availability risk, not a breach.",
        recommendation: "Set `resources.requests.cpu` and `resources.limits.cpu` on every container.",
        equivalents: [.checkov("CKV_K8S_10"), .checkov("CKV_K8S_11"), .kubeLinter("unset-cpu-requirements"), .trivy("AVD-KSV-0011")],
        triggering: [example(resources: "        limits:\n          memory: 256Mi")],
        nonTriggering: [
            example(resources: "        requests: {cpu: 100m, memory: 128Mi}\n        limits: {cpu: 500m, memory: 256Mi}", marked: false),
            // The request defaults to the limit.
            example(resources: "        limits: {cpu: 500m, memory: 256Mi}", marked: false),
        ]))

    static let memory = ResourceRequirements(resource: "memory", description: RuleDescription(
        id: "K8S-MEMORY-LIMITS", title: "Container has no memory limit or request", severity: .low, cwe: 770,
        checklist: "Kubernetes workload hygiene › CPU and memory requests and limits set",
        rationale: "Without a memory limit a leaking or hostile container pushes the node into memory pressure and gets other pods evicted; without a request the scheduler overcommits. Low: an availability risk.",
        recommendation: "Set `resources.requests.memory` and `resources.limits.memory` on every container.",
        equivalents: [.checkov("CKV_K8S_12"), .checkov("CKV_K8S_13"), .kubeLinter("unset-memory-requirements"), .trivy("AVD-KSV-0018")],
        triggering: [example(resources: "        limits:\n          cpu: 500m")],
        nonTriggering: [
            example(resources: "        requests: {cpu: 100m, memory: 128Mi}\n        limits: {cpu: 500m, memory: 256Mi}", marked: false),
            // The request defaults to the limit.
            example(resources: "        limits: {cpu: 500m, memory: 256Mi}", marked: false),
        ]))

    /// A Pod whose container has the given (already indented) `resources` lines.
    private static func example(resources: String, marked: Bool = true) -> RuleExample {
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

import InfragateParsers

extension ResourceRequirements {
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
}

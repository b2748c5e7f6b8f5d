import InfragateParsers

extension ResourceRequirements {
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
}

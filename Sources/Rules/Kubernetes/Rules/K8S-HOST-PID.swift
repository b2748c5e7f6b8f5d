import InfragateParsers

extension HostNamespace {
    static let pid = HostNamespace(key: "hostPID", consequence: "it sees and can signal every process of the node", description: RuleDescription(
        id: "K8S-HOST-PID", title: "Pod shares the host PID namespace", severity: .high, cwe: 668,
        checklist: "Kubernetes pod security › No host namespaces",
        rationale: "With `hostPID` the pod sees every process of the node, can read their environment and, as root, signal or ptrace them: a direct path to other workloads' secrets. High.",
        recommendation: "Remove `hostPID: true`.",
        equivalents: [.checkov("CKV_K8S_17"), .kubeLinter("host-pid"), .trivy("AVD-KSV-0010")],
        triggering: [example("↓  hostPID: yes")],
        nonTriggering: [example("  hostPID: false")]))
}

import InfragateParsers

extension HostNamespace {
    static let ipc = HostNamespace(key: "hostIPC", consequence: "it shares the node's shared memory and semaphores", description: RuleDescription(
        id: "K8S-HOST-IPC", title: "Pod shares the host IPC namespace", severity: .high, cwe: 668,
        checklist: "Kubernetes pod security › No host namespaces",
        rationale: "With `hostIPC` the pod can read and write the shared memory of every process on the node. High.",
        recommendation: "Remove `hostIPC: true`.",
        equivalents: [.checkov("CKV_K8S_18"), .kubeLinter("host-ipc"), .trivy("AVD-KSV-0008")],
        triggering: [example("↓  hostIPC: true")],
        nonTriggering: [example("  hostIPC: false")]))
}

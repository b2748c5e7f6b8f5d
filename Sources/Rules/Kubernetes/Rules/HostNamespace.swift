import InfragateParsers

/// One rule per host namespace a pod can join: `hostNetwork`, `hostPID`, `hostIPC`.
struct HostNamespace: Rule {
    let key: String
    let description: RuleDescription

    func check(_ workload: PodWorkload) -> [Violation] {
        guard let entry = workload.spec.entry(key), entry.value.bool == true else { return [] }
        return [Violation(line: entry.keyLine, message: "The pod sets `\(key): true`.", identity: workload.identity(key))]
    }

    static let network = HostNamespace(key: "hostNetwork", description: RuleDescription(
        id: "K8S-HOST-NETWORK", title: "Pod uses the host network", severity: .high, cwe: 668,
        checklist: "Kubernetes pod security › No host namespaces",
        rationale: "With `hostNetwork` the pod sees every interface of the node, can bind its ports and reach services listening on localhost (the kubelet, metadata endpoints), bypassing NetworkPolicies. High.",
        recommendation: "Remove `hostNetwork: true`; expose ports through a Service.",
        equivalents: [.checkov("CKV_K8S_19"), .kubeLinter("host-network"), .trivy("AVD-KSV-0009")],
        triggering: [example("↓  hostNetwork: true")],
        nonTriggering: [example("  hostNetwork: false")]))

    static let pid = HostNamespace(key: "hostPID", description: RuleDescription(
        id: "K8S-HOST-PID", title: "Pod shares the host PID namespace", severity: .high, cwe: 668,
        checklist: "Kubernetes pod security › No host namespaces",
        rationale: "With `hostPID` the pod sees every process of the node, can read their environment and, as root, signal or ptrace them: a direct path to other workloads' secrets. High.",
        recommendation: "Remove `hostPID: true`.",
        equivalents: [.checkov("CKV_K8S_17"), .kubeLinter("host-pid"), .trivy("AVD-KSV-0010")],
        triggering: [example("↓  hostPID: yes")],
        nonTriggering: [example("  hostIPC: false")]))

    static let ipc = HostNamespace(key: "hostIPC", description: RuleDescription(
        id: "K8S-HOST-IPC", title: "Pod shares the host IPC namespace", severity: .high, cwe: 668,
        checklist: "Kubernetes pod security › No host namespaces",
        rationale: "With `hostIPC` the pod can read and write the shared memory of every process on the node. High.",
        recommendation: "Remove `hostIPC: true`.",
        equivalents: [.checkov("CKV_K8S_18"), .kubeLinter("host-ipc"), .trivy("AVD-KSV-0008")],
        triggering: [example("↓  hostIPC: true")],
        nonTriggering: [example("  hostPID: false")]))

    /// A Pod whose spec starts with `line`.
    private static func example(_ line: String) -> RuleExample {
        RuleExample("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: node-agent
            spec:
            \(line)
              containers:
                - name: agent
                  image: agent:1.0
            """)
    }
}

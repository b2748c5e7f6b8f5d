import InfragateParsers

extension HostNamespace {
    static let network = HostNamespace(
        key: "hostNetwork", consequence: "it shares the node's network, where no NetworkPolicy selects it", description: RuleDescription(
        id: "K8S-HOST-NETWORK", title: "Pod uses the host network", severity: .high, cwe: 668,
        checklist: "Kubernetes pod security › No host namespaces",
        rationale: "With `hostNetwork` the pod sees every interface of the node, can bind its ports and reach services listening on localhost (the kubelet, metadata endpoints), bypassing NetworkPolicies: no NetworkPolicy selects a host-network pod, so K8S-NO-NETWORK-POLICY does not report it and this rule says so. High.",
        recommendation: "Remove `hostNetwork: true`; expose ports through a Service.",
        equivalents: [.checkov("CKV_K8S_19"), .kubeLinter("host-network"), .trivy("AVD-KSV-0009")],
        triggering: [example("↓  hostNetwork: true")],
        nonTriggering: [example("  hostNetwork: false")]))
}

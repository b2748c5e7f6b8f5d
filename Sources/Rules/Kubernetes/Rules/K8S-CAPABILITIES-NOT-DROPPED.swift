import InfragateParsers

/// The runtime's default capability set includes NET_RAW and others most workloads never use.
struct CapabilitiesNotDropped: Rule {
    let description = RuleDescription(
        id: "K8S-CAPABILITIES-NOT-DROPPED", title: "Container does not drop all capabilities", severity: .medium, cwe: 250,
        checklist: "Kubernetes pod security › Capabilities dropped",
        rationale: "Container runtimes grant a default capability set (including `NET_RAW`, which allows ARP and DNS spoofing inside the node network). Dropping `ALL` and adding back only what is needed removes that attack surface. Medium: it hardens rather than fixes a hole.",
        recommendation: "Set `securityContext.capabilities.drop: [ALL]` and add back only the capabilities the process needs.",
        equivalents: [.checkov("CKV_K8S_37"), .checkov("CKV_K8S_28"), .trivy("AVD-KSV-0003")],
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
            ↓    - name: app
                  image: nginx:1.27
                - name: proxy
                  image: envoy:1.30
                  securityContext:
                    capabilities:
            ↓          drop: [NET_RAW]
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    capabilities:
                      drop: ["ALL"]
            """,
            // Reported once, as K8S-PRIVILEGED, which subsumes this rule there.
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: debug
            spec:
              containers:
                - name: shell
                  image: busybox:1.36
                  securityContext:
                    privileged: true
                    capabilities:
                      drop: [ALL]
            """,
        ])

    func check(_ container: Container) -> [Violation] {
        if let privileged = container.privileged {
            return [Violation(line: privileged.keyLine, message: "\(container.subject) runs privileged, with every capability whatever it drops.",
                              identity: container.identity("capabilities.drop"))]
        }
        let drop = container.securityContext?["capabilities"]?.entry("drop")
        guard !(drop?.value.items ?? []).contains(where: { $0.string.map(LinuxCapability.normalised) == "ALL" }) else { return [] }
        return [Violation(line: drop?.keyLine ?? container.line,
                         message: "\(container.subject) does not drop `ALL` capabilities (`securityContext.capabilities.drop`).",
                         identity: container.identity("capabilities.drop"))]
    }
}

import InfragateParsers

/// Capabilities that let a container administer the node, its network or other processes.
struct DangerousCapability: Rule {
    let description = RuleDescription(
        id: "K8S-DANGEROUS-CAPABILITY", title: "Container adds a dangerous capability", severity: .high, cwe: 250,
        checklist: "Kubernetes pod security › Capabilities dropped",
        rationale: "`SYS_ADMIN`, `SYS_MODULE`, `SYS_PTRACE`, `NET_ADMIN`, `DAC_READ_SEARCH` and similar capabilities are each a documented container escape or node-network takeover. High: one of them is close to running privileged.",
        recommendation: "Remove the capability from `capabilities.add`; if the workload truly needs it, isolate it on dedicated nodes and document why.",
        equivalents: [.checkov("CKV_K8S_39"), .trivy("AVD-KSV-0005")],
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: debug
            spec:
              containers:
                - name: tools
                  image: tools:3
                  securityContext:
                    capabilities:
                      add:
                        - CHOWN
            ↓            - SYS_ADMIN
            ↓            - CAP_NET_RAW
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
                      drop: [ALL]
                      add: [NET_BIND_SERVICE]
            """, """
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
                      drop: [SYS_ADMIN, CAP_NET_RAW]
            """])

    /// One violation per dangerous capability, at its line (`CAP_` prefixes are accepted by runtimes).
    func check(_ workload: PodWorkload) -> [Violation] {
        workload.containers.flatMap { container in
            (container.securityContext?["capabilities"]?["add"]?.items ?? []).compactMap { item -> Violation? in
                guard let capability = item.string.map(LinuxCapability.normalised),
                      LinuxCapability.dangerous.contains(capability) else { return nil }
                return Violation(line: item.line, message: "\(container.subject) adds capability `\(capability)` (`securityContext.capabilities.add`).",
                                 identity: container.identity("capabilities.add:\(capability)"))
            }
        }
    }
}

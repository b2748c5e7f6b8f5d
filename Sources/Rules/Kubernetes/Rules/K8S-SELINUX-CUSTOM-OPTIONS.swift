import InfragateParsers

/// `seLinuxOptions` with a custom `user`/`role`, or a type outside the container types.
struct CustomSELinuxOptions: Rule {
    /// The types the Pod Security Standards' baseline profile allows.
    private static let containerTypes: Set<String> = ["container_t", "container_init_t", "container_kvm_t", "container_engine_t"]
    /// Reported by `K8S-UNCONFINED-MAC`, once.
    private static let unconfinedTypes: Set<String> = ["spc_t", "unconfined_t", "kernel_t"]

    let description = RuleDescription(
        id: "K8S-SELINUX-CUSTOM-OPTIONS", title: "Custom SELinux user, role or type", severity: .medium, cwe: 693,
        checklist: "Kubernetes pod security › Pod Security Standards (baseline)",
        rationale: "The node's SELinux policy confines containers through the `container_t` family of types. Setting `seLinuxOptions.user` or `.role`, or a `type` outside `container_t`, `container_init_t`, `container_kvm_t` and `container_engine_t`, runs the container under a label the container policy was not written for, often with far more access to the host. Medium; the Pod Security Standards' baseline profile forbids it. Unconfined types (`spc_t`) are `K8S-UNCONFINED-MAC`; setting only `level` (MCS categories) is normal and not reported.",
        recommendation: "Set only `seLinuxOptions.level` (or nothing) and keep the runtime's container type.",
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata: {name: agent}
            spec:
              securityContext:
                seLinuxOptions:
            ↓      role: system_r
              containers:
                - name: agent
                  image: agent:2.1
                  securityContext:
                    seLinuxOptions:
            ↓          type: virtd_t
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata: {name: agent}
            spec:
              securityContext:
                seLinuxOptions:
                  level: "s0:c123,c456"
              containers:
                - name: agent
                  image: agent:2.1
                  securityContext:
                    seLinuxOptions:
                      type: container_init_t
            """])

    func check(_ workload: PodWorkload) -> [Violation] {
        let contexts = [(workload.spec["securityContext"], "The pod", workload.identity("seLinuxOptions"))]
            + workload.containers.map { ($0.securityContext, "Container `\($0.name)`", $0.identity("seLinuxOptions")) }
        return contexts.flatMap { context, subject, identity -> [Violation] in
            guard let options = context?["seLinuxOptions"] else { return [] }
            return options.entries.compactMap { entry -> Violation? in
                guard let value = entry.value.string, !value.isEmpty else { return nil }
                switch entry.key {
                case "user", "role":
                    return Violation(line: entry.keyLine, message: "\(subject) sets the SELinux \(entry.key) `\(value)`.", identity: "\(identity).\(entry.key)")
                case "type" where !Self.containerTypes.contains(value) && !Self.unconfinedTypes.contains(value):
                    return Violation(line: entry.keyLine, message: "\(subject) runs as the SELinux type `\(value)`.", identity: "\(identity).type")
                default:
                    return nil
                }
            }
        }
    }
}

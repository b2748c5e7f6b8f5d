import InfragateParsers

/// AppArmor or SELinux settings that switch the node's mandatory access control off for the pod.
struct UnconfinedMandatoryAccessControl: Rule {
    private static let appArmorAnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/"
    /// SELinux types that are not confined by the container policy.
    private static let unconfinedSELinuxTypes: Set<String> = ["spc_t", "unconfined_t", "kernel_t"]

    let description = RuleDescription(
        id: "K8S-UNCONFINED-MAC", title: "AppArmor or SELinux confinement switched off", severity: .high, cwe: 693,
        checklist: "Kubernetes pod security › AppArmor/SELinux not overridden",
        rationale: "An `Unconfined` AppArmor profile or an unconfined SELinux type (`spc_t`, `unconfined_t`) removes the node's mandatory access control, the layer that stops many container escapes even when other settings are weak. High.",
        recommendation: "Remove the override and keep the runtime's default profile (`RuntimeDefault`), or use a reviewed `Localhost` profile.",
        equivalents: [.trivy("AVD-KSV-0002"), .trivy("AVD-KSV-0025")],
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
            ↓    container.apparmor.security.beta.kubernetes.io/app: unconfined
            spec:
              securityContext:
                seLinuxOptions:
            ↓      type: spc_t
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    appArmorProfile:
            ↓          type: Unconfined
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                container.apparmor.security.beta.kubernetes.io/app: runtime/default
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    appArmorProfile:
                      type: RuntimeDefault
                    seLinuxOptions:
                      level: "s0:c123,c456"
            """])

    func check(_ workload: PodWorkload) -> [Violation] {
        let annotations = (workload.metadata?["annotations"]?.entries ?? []).compactMap { entry -> Violation? in
            guard entry.key.hasPrefix(Self.appArmorAnnotationPrefix), entry.value.string == "unconfined" else { return nil }
            let container = entry.key.dropFirst(Self.appArmorAnnotationPrefix.count)
            return Violation(line: entry.keyLine, message: "\(workload.owner) annotates AppArmor as unconfined for container `\(container)` (`\(entry.key)`).",
                             identity: workload.identity("apparmor-annotation:\(container)"))
        }
        let podLevel = violations(in: workload.spec["securityContext"], of: workload, container: nil)
        let containerLevel = workload.containers.flatMap {
            violations(in: $0.securityContext, of: workload, container: $0)
        }
        return annotations + podLevel + containerLevel
    }

    private func violations(in securityContext: YAMLNode?, of workload: PodWorkload, container: Container?) -> [Violation] {
        let subject = container?.subject ?? "The pod of \(workload.owner)"
        var violations: [Violation] = []
        if let type = securityContext?["appArmorProfile"]?.entry("type"), type.value.string == "Unconfined" {
            violations.append(Violation(line: type.keyLine, message: "\(subject) runs with AppArmor unconfined (`appArmorProfile.type: Unconfined`).",
                                        identity: container?.identity("appArmorProfile") ?? workload.identity("appArmorProfile")))
        }
        if let type = securityContext?["seLinuxOptions"]?.entry("type"),
           Self.unconfinedSELinuxTypes.contains(type.value.string ?? "") {
            violations.append(Violation(line: type.keyLine, message: "\(subject) runs with an unconfined SELinux type (`seLinuxOptions.type`).",
                                        identity: container?.identity("seLinuxOptions.type") ?? workload.identity("seLinuxOptions.type")))
        }
        return violations
    }
}

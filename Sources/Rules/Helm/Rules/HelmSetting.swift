import InfragateParsers

/// "Key K set to a value that weakens the pod", for values that end up in a `securityContext` or pod spec.
/// One declarative rule type, instantiated per setting.
struct HelmSetting: Rule {
    let keys: Set<String>
    let isWeak: @Sendable (YAMLNode) -> Bool
    let description: RuleDescription

    func check(_ values: HelmValues) -> [Violation] {
        values.settings.compactMap { setting in
            guard keys.contains(setting.entry.key), isWeak(setting.entry.value) else { return nil }
            return Violation(line: setting.entry.keyLine, message: "Values set `\(setting.path)` to a value that weakens the pod.",
                             identity: "values:\(setting.path)")
        }
    }

    static let privileged = HelmSetting(keys: ["privileged"], isWeak: { $0.bool == true }, description: RuleDescription(
        id: "HELM-PRIVILEGED", title: "Chart values run a container privileged", severity: .critical, cwe: 250,
        checklist: "Kubernetes pod security › No privileged containers",
        rationale: "Values feed the chart's `securityContext`: `privileged: true` there gives the container every capability and the node's devices. Critical, as for a manifest.",
        recommendation: "Set `privileged: false` (or remove it) in the values; grant specific capabilities if needed.",
        equivalents: [.checkov("CKV_K8S_16")],
        triggering: ["""
            controller:
              image:
                repository: ingress-nginx/controller
                tag: v1.11.2
              securityContext:
            ↓    privileged: true
            """],
        nonTriggering: ["""
            controller:
              securityContext:
                privileged: false
            """]))

    static let hostNamespace = HelmSetting(
        keys: ["hostNetwork", "hostPID", "hostIPC"], isWeak: { $0.bool == true }, description: RuleDescription(
            id: "HELM-HOST-NAMESPACE", title: "Chart values share a host namespace", severity: .high, cwe: 668,
            checklist: "Kubernetes pod security › No host namespaces",
            rationale: "`hostNetwork`, `hostPID` or `hostIPC` in values put the chart's pods in the node's network, process or IPC namespace: they see the node's traffic, processes or shared memory. High.",
            recommendation: "Set the value to `false` unless the chart is a node agent that must have it, and then document why.",
            equivalents: [.checkov("CKV_K8S_17"), .checkov("CKV_K8S_18"), .checkov("CKV_K8S_19")],
            triggering: ["""
                agent:
                ↓  hostNetwork: true
                ↓  hostPID: yes
                """],
            nonTriggering: ["""
                agent:
                  hostNetwork: false
                """]))

    static let privilegeEscalation = HelmSetting(
        keys: ["allowPrivilegeEscalation"], isWeak: { $0.bool == true }, description: RuleDescription(
            id: "HELM-PRIVILEGE-ESCALATION", title: "Chart values allow privilege escalation", severity: .high, cwe: 269,
            checklist: "Kubernetes pod security › Privilege escalation disabled",
            rationale: "`allowPrivilegeEscalation: true` in values lets processes gain privileges through setuid binaries. High.",
            recommendation: "Set `allowPrivilegeEscalation: false` in the values' security context.",
            equivalents: [.checkov("CKV_K8S_20")],
            triggering: ["""
                containerSecurityContext:
                ↓  allowPrivilegeEscalation: true
                """],
            nonTriggering: ["""
                containerSecurityContext:
                  allowPrivilegeEscalation: false
                """]))

    static let runAsRoot = HelmSetting(
        keys: ["runAsNonRoot", "runAsUser"], isWeak: { $0.bool == false || $0.int == 0 }, description: RuleDescription(
            id: "HELM-RUN-AS-ROOT", title: "Chart values run containers as root", severity: .high, cwe: 250,
            checklist: "Kubernetes pod security › Containers run as non-root",
            rationale: "`runAsNonRoot: false` or `runAsUser: 0` in values make the chart's containers run as root, which shares the node's kernel. High.",
            recommendation: "Set `runAsNonRoot: true` and a non-zero `runAsUser` in the values.",
            equivalents: [.checkov("CKV_K8S_23")],
            triggering: ["""
                podSecurityContext:
                ↓  runAsUser: 0
                ↓  runAsNonRoot: false
                """],
            nonTriggering: ["""
                podSecurityContext:
                  runAsUser: 10001
                  runAsNonRoot: true
                """]))
}

import InfragateParsers

/// A PodSecurityPolicy that admits privileged pods grants node root to whoever may `use` it.
struct PermissivePodSecurityPolicy: Rule {
    private static let hostAccess = ["privileged", "hostPID", "hostIPC", "hostNetwork"]

    let description = RuleDescription(
        id: "K8S-PSP-PERMISSIVE", title: "PodSecurityPolicy admits privileged pods", severity: .high, cwe: 250,
        checklist: "Kubernetes workload isolation › Pod admission restricts privileges",
        rationale: "On clusters that still run PodSecurityPolicy (removed in 1.25), a policy with `privileged`, `hostPID`, `hostIPC` or `hostNetwork` set to `true`, `allowedCapabilities: ['*']` or `runAsUser.rule: RunAsAny` lets every subject allowed to `use` it (often every service account, through a broad binding) start pods that are root on the node. Each of those fields defaults to the safe value except `runAsUser`, which must be written. High (CIS 5.2.x).",
        recommendation: "Restrict the policy (`privileged: false`, no host namespaces, `requiredDropCapabilities: [ALL]`, `runAsUser.rule: MustRunAsNonRoot`) or, better, migrate to Pod Security Admission with the `restricted` level.",
        equivalents: [.checkov("CKV_K8S_1"), .checkov("CKV_K8S_2"), .checkov("CKV_K8S_3"), .checkov("CKV_K8S_4"), .checkov("CKV_K8S_6")],
        triggering: ["""
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata:
              name: anything-goes
            spec:
            ↓  privileged: true
            ↓  hostNetwork: true
            ↓  allowedCapabilities: ["*"]
              runAsUser:
            ↓    rule: RunAsAny
              seLinux:
                rule: RunAsAny
              supplementalGroups:
                rule: RunAsAny
              fsGroup:
                rule: RunAsAny
              volumes: ["*"]
            """],
        nonTriggering: ["""
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata:
              name: restricted
            spec:
              privileged: false
              hostNetwork: false
              allowPrivilegeEscalation: false
              requiredDropCapabilities: [ALL]
              runAsUser:
                rule: MustRunAsNonRoot
              seLinux:
                rule: RunAsAny
              supplementalGroups:
                rule: MustRunAs
                ranges: [{min: 1, max: 65535}]
              fsGroup:
                rule: MustRunAs
                ranges: [{min: 1, max: 65535}]
              volumes: [configMap, secret, emptyDir, projected, persistentVolumeClaim]
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "PodSecurityPolicy", object.root["apiVersion"]?.string?.hasPrefix("policy/") == true,
              let spec = object.root["spec"] else { return [] }
        var found = Self.hostAccess.compactMap { field -> (field: String, line: Int)? in
            guard let entry = spec.entry(field), entry.value.bool == true else { return nil }
            return ("`\(field): true`", entry.keyLine)
        }
        if let entry = spec.entry("allowedCapabilities"), entry.value.items.contains(where: { $0.string == "*" }) {
            found.append(("`allowedCapabilities: ['*']`", entry.keyLine))
        }
        if let entry = spec["runAsUser"]?.entry("rule"), entry.value.string == "RunAsAny" {
            found.append(("`runAsUser.rule: RunAsAny`", entry.keyLine))
        }
        return found.map { field, line in
            Violation(line: line, message: "`PodSecurityPolicy` `\(object.displayName)` allows \(field).", identity: "\(object.identity)|\(field)")
        }
    }
}

import Foundation

extension ControlPlaneFlagRule {
    static let apiServerAdmissionPlugins = ControlPlaneFlagRule(
        component: .apiServer,
        description: RuleDescription(
            id: "K8S-APISERVER-ADMISSION-PLUGINS", title: "API server admits everything or lacks NodeRestriction", severity: .high, cwe: 284,
            checklist: "Kubernetes control plane › Admission controllers enabled",
            rationale: "`AlwaysAdmit` in `--enable-admission-plugins` turns every admission check off, and without `NodeRestriction` a compromised kubelet may label itself into any workload's node selector and edit other nodes' objects. High (CIS 1.2.9, 1.2.14). kubeadm enables `NodeRestriction` unless `extraArgs` replaces the list.",
            recommendation: "Set `--enable-admission-plugins=NodeRestriction` (plus what the cluster needs), never `AlwaysAdmit`; keep PodSecurity enabled (it is by default) or run a policy webhook.",
            equivalents: [.checkov("CKV_K8S_79"), .checkov("CKV_K8S_85")],
            triggering: [
                staticPod("kube-apiserver", ["↓--enable-admission-plugins=NodeRestriction,AlwaysAdmit"]),
                kubeadm("apiServer", ["↓enable-admission-plugins: NamespaceLifecycle,LimitRanger"]),
                staticPod("kube-apiserver", ["--enable-admission-plugins=NodeRestriction", "↓--disable-admission-plugins=PodSecurity"]),
            ],
            nonTriggering: [
                staticPod("kube-apiserver", ["--enable-admission-plugins=NodeRestriction,EventRateLimit"]),
                kubeadm("apiServer", ["enable-admission-plugins: NodeRestriction,PodSecurity"]),
            ]),
        problem: { flags in
            guard let flag = flags["enable-admission-plugins"] else { return Problem(message: "runs without `NodeRestriction` in `--enable-admission-plugins`", line: nil) }
            let plugins = Set(flag.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            if plugins.contains("AlwaysAdmit") { return Problem(message: "enables `AlwaysAdmit`, which admits every request", line: flag.line) }
            if !plugins.contains("NodeRestriction") { return Problem(message: "sets `--enable-admission-plugins=\(flag.value)` without `NodeRestriction`", line: flag.line) }
            if let disabled = flags["disable-admission-plugins"], disabled.value.split(separator: ",").contains(where: { ["PodSecurity", "NodeRestriction"].contains($0.trimmingCharacters(in: .whitespaces)) }) {
                return Problem(message: "disables `\(disabled.value)`", line: disabled.line)
            }
            return nil
        })
}

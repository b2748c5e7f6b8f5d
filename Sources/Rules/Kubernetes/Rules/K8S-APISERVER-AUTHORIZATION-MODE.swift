import Foundation

extension ControlPlaneFlagRule {
    static let apiServerAuthorizationMode = ControlPlaneFlagRule(
        component: .apiServer,
        description: RuleDescription(
            id: "K8S-APISERVER-AUTHORIZATION-MODE", title: "API server authorizes everything, or without Node and RBAC", severity: .critical, cwe: 862,
            checklist: "Kubernetes control plane › Authorization mode Node,RBAC",
            rationale: "`--authorization-mode` defaults to `AlwaysAllow`: every authenticated request (any service account token, any client certificate the CA signed) may do anything, cluster-admin for all. `AlwaysAllow` anywhere in the list wins over the modes after it. Without `Node`, kubelets read every secret of the cluster; without `RBAC`, roles and bindings mean nothing. Critical (CIS 1.2.6–1.2.8). kubeadm sets `Node,RBAC` unless `extraArgs` replaces it.",
            recommendation: "Set `--authorization-mode=Node,RBAC` (a `Webhook` may be added).",
            equivalents: [.checkov("CKV_K8S_74"), .checkov("CKV_K8S_75"), .checkov("CKV_K8S_77")],
            triggering: [
                staticPod("kube-apiserver", ["--anonymous-auth=false", "↓--authorization-mode=AlwaysAllow"]),
                staticPod("kube-apiserver", ["--anonymous-auth=false"], marksCommand: true),
                kubeadm("apiServer", ["↓authorization-mode: RBAC"]),
            ],
            nonTriggering: [
                staticPod("kube-apiserver", ["--authorization-mode=Node,RBAC"]),
                kubeadm("apiServer", ["authorization-mode: Node,Webhook,RBAC"]),
            ]),
        problem: { flags in
            guard let flag = flags["authorization-mode"] else { return Problem(message: "runs without `--authorization-mode`, so every request is allowed (`AlwaysAllow`)", line: nil) }
            let modes = Set(flag.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            if modes.contains("AlwaysAllow") { return Problem(message: "sets `--authorization-mode=\(flag.value)`, which allows every request", line: flag.line) }
            let missing = ["Node", "RBAC"].filter { !modes.contains($0) }
            guard !missing.isEmpty else { return nil }
            return Problem(message: "sets `--authorization-mode=\(flag.value)` without \(missing.map { "`\($0)`" }.joined(separator: " and "))", line: flag.line)
        })
}

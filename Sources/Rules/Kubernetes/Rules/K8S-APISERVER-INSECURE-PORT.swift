import Foundation

extension ControlPlaneFlagRule {
    static let apiServerInsecurePort = ControlPlaneFlagRule(
        component: .apiServer,
        description: RuleDescription(
            id: "K8S-APISERVER-INSECURE-PORT", title: "API server serves an unauthenticated insecure port", severity: .critical, cwe: 319,
            checklist: "Kubernetes control plane › No insecure API port",
            rationale: "`--insecure-port` other than 0 (or an `--insecure-bind-address`) serves the API over plain HTTP with no authentication and no authorization: cluster-admin for whoever reaches it. Removed in Kubernetes 1.24, still met in older clusters and copied manifests. Critical (CIS 1.2.18–1.2.19).",
            recommendation: "Remove `--insecure-port` and `--insecure-bind-address` (or set `--insecure-port=0` on clusters older than 1.20).",
            equivalents: [.checkov("CKV_K8S_88"), .checkov("CKV_K8S_86")],
            triggering: [
                staticPod("kube-apiserver", ["--authorization-mode=Node,RBAC", "↓--insecure-port=8080"]),
                kubeadm("apiServer", ["↓insecure-bind-address: 0.0.0.0"]),
            ],
            nonTriggering: [
                staticPod("kube-apiserver", ["--insecure-port=0", "--secure-port=6443"]),
                kubeadm("apiServer", ["secure-port: \"6443\""]),
            ]),
        problem: { flags in
            if let port = flags["insecure-port"], port.value != "0" { return Problem(message: "sets `--insecure-port=\(port.value)`", line: port.line) }
            if let address = flags["insecure-bind-address"] { return Problem(message: "sets `--insecure-bind-address=\(address.value)`", line: address.line) }
            return nil
        })
}

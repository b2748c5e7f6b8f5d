import Foundation

extension ControlPlaneFlagRule {
    static let etcdAutoTLS = ControlPlaneFlagRule(
        component: .etcd,
        description: RuleDescription(
            id: "K8S-ETCD-AUTO-TLS", title: "etcd uses self-signed automatic TLS", severity: .high, cwe: 295,
            checklist: "Kubernetes control plane › Control-plane connections authenticated with TLS",
            rationale: "`--auto-tls=true` (or `--peer-auto-tls=true`) makes etcd generate a self-signed certificate that no client or peer can verify: the connection is encrypted but anyone can impersonate the server or a peer. High (CIS 2.3, 2.6).",
            recommendation: "Remove `--auto-tls` and `--peer-auto-tls`; serve certificates signed by the etcd CA (`--cert-file`, `--peer-cert-file`).",
            equivalents: [.checkov("CKV_K8S_118"), .kubescape("C-0155"), .kubescape("C-0158")],
            triggering: [
                staticPod("etcd", ["--client-cert-auth=true", "↓--auto-tls=true"]),
                staticPod("etcd", ["↓--peer-auto-tls"]),
            ],
            nonTriggering: [
                staticPod("etcd", ["--auto-tls=false", "--cert-file=/etc/kubernetes/pki/etcd/server.crt"]),
            ]),
        problem: { flags in
            for name in ["auto-tls", "peer-auto-tls"] {
                if let flag = flags[name], flag.value.lowercased() == "true" { return Problem(message: "sets `--\(name)=true`", line: flag.line) }
            }
            return nil
        })
}

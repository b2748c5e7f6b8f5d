import Foundation

extension ControlPlaneFlagRule {
    static let etcdClientCertificateAuthentication = ControlPlaneFlagRule(
        component: .etcd,
        description: RuleDescription(
            id: "K8S-ETCD-CLIENT-CERT-AUTH", title: "etcd accepts clients without a certificate", severity: .critical, cwe: 306,
            checklist: "Kubernetes control plane › etcd reachable only by the API server",
            rationale: "Without `--client-cert-auth=true` etcd serves any client that reaches its port: the whole cluster state, every Secret included, read and written with no credentials. Critical (CIS 2.2). kubeadm sets it for its local etcd.",
            recommendation: "Set `--client-cert-auth=true` and `--trusted-ca-file` to the etcd CA.",
            equivalents: [.checkov("CKV_K8S_117")],
            triggering: [
                staticPod("etcd", ["--cert-file=/etc/kubernetes/pki/etcd/server.crt"], marksCommand: true),
                kubeadm("etcd.local", ["↓client-cert-auth: \"false\""]),
            ],
            nonTriggering: [
                staticPod("etcd", ["--client-cert-auth=true", "--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt"]),
                kubeadm("etcd.local", ["listen-metrics-urls: http://127.0.0.1:2381"]),
            ]),
        problem: ControlPlaneFlagRule.requires("client-cert-auth", "true"))
}

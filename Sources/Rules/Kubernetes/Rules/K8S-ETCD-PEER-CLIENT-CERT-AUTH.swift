import Foundation

extension ControlPlaneFlagRule {
    static let etcdPeerCertificateAuthentication = ControlPlaneFlagRule(
        component: .etcd,
        description: RuleDescription(
            id: "K8S-ETCD-PEER-CLIENT-CERT-AUTH", title: "etcd accepts peers without a certificate", severity: .high, cwe: 306,
            checklist: "Kubernetes control plane › etcd reachable only by the API server",
            rationale: "Without `--peer-client-cert-auth=true` any host that reaches etcd's peer port can join the cluster as a member and receive a full copy of the data. High (CIS 2.5). kubeadm sets it for its local etcd.",
            recommendation: "Set `--peer-client-cert-auth=true` and `--peer-trusted-ca-file`.",
            equivalents: [.checkov("CKV_K8S_121")],
            triggering: [
                staticPod("etcd", ["--client-cert-auth=true"], marksCommand: true),
                kubeadm("etcd.local", ["↓peer-client-cert-auth: \"false\""]),
            ],
            nonTriggering: [
                staticPod("etcd", ["--client-cert-auth=true", "--peer-client-cert-auth=true"]),
                kubeadm("etcd.local", ["snapshot-count: \"10000\""]),
            ]),
        problem: ControlPlaneFlagRule.requires("peer-client-cert-auth", "true"))
}

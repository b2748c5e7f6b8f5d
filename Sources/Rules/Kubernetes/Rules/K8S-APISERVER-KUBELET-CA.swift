import Foundation

extension ControlPlaneFlagRule {
    static let apiServerKubeletCertificateAuthority = ControlPlaneFlagRule(
        component: .apiServer,
        description: RuleDescription(
            id: "K8S-APISERVER-KUBELET-CA", title: "API server does not verify kubelet certificates", severity: .medium, cwe: 295,
            checklist: "Kubernetes control plane › Control-plane connections authenticated with TLS",
            rationale: "Without `--kubelet-certificate-authority` the API server connects to kubelets (for `exec`, `logs`, `port-forward`) without checking their serving certificate, so anyone on the path can pose as a node and read or inject the streams. kubeadm does not set it. Medium (CIS 1.2.5).",
            recommendation: "Set `--kubelet-certificate-authority` to the CA that signs kubelet serving certificates (with `serverTLSBootstrap: true` on kubelets).",
            equivalents: [.checkov("CKV_K8S_73")],
            triggering: [
                staticPod("kube-apiserver", ["--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt"], marksCommand: true),
                kubeadm("apiServer", ["profiling: \"false\""], marksSection: true),
            ],
            nonTriggering: [
                staticPod("kube-apiserver", ["--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt"]),
                kubeadm("apiServer", ["kubelet-certificate-authority: /etc/kubernetes/pki/ca.crt"]),
            ]),
        problem: ControlPlaneFlagRule.requiresSetting("kubelet-certificate-authority"))
}

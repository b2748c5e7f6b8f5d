import Foundation

extension ControlPlaneFlagRule {
    static let apiServerEncryptionConfiguration = ControlPlaneFlagRule(
        component: .apiServer,
        description: RuleDescription(
            id: "K8S-APISERVER-NO-ENCRYPTION-CONFIG", title: "Secrets are stored unencrypted in etcd", severity: .high, cwe: 311,
            checklist: "Kubernetes control plane › Secrets encrypted at rest (etcd)",
            rationale: "Without `--encryption-provider-config` the API server writes Secrets to etcd as base64 text: an etcd backup, a snapshot of the control-plane disk or read access to etcd's port gives every token, password and key of the cluster. kubeadm does not set it. High (CIS 1.2.27).",
            recommendation: "Point `--encryption-provider-config` at an `EncryptionConfiguration` that encrypts `secrets` with `kms` (v2), `aesgcm` or `secretbox` before `identity`, and mount it into the static pod.",
            equivalents: [.checkov("CKV_K8S_104")],
            triggering: [
                staticPod("kube-apiserver", ["--authorization-mode=Node,RBAC"], marksCommand: true),
                kubeadm("apiServer", ["authorization-mode: Node,RBAC"], marksSection: true),
            ],
            nonTriggering: [
                staticPod("kube-apiserver", ["--encryption-provider-config=/etc/kubernetes/enc/encryption.yaml"]),
                kubeadm("apiServer", ["encryption-provider-config: /etc/kubernetes/enc/encryption.yaml"]),
            ]),
        problem: ControlPlaneFlagRule.requiresSetting("encryption-provider-config"))
}

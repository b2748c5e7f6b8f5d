import Foundation

extension ControlPlaneFlagRule {
    static let apiServerAuditLog = ControlPlaneFlagRule(
        component: .apiServer,
        description: RuleDescription(
            id: "K8S-APISERVER-NO-AUDIT-LOG", title: "API server audit logging is not configured", severity: .medium, cwe: 778,
            checklist: "Kubernetes control plane › API-server audit logging enabled",
            rationale: "Without `--audit-log-path` and `--audit-policy-file` the API server records nothing of who read which secret, who created which binding, or who ran `exec` in which pod: an intrusion leaves no trail to investigate, and the logging checklist item cannot be met. kubeadm sets neither. Medium (CIS 1.2.16–1.2.19, which also ask for `--audit-log-maxage`, `-maxbackup` and `-maxsize`).",
            recommendation: "Set `--audit-policy-file` to an `audit.k8s.io/v1` Policy, `--audit-log-path` (or a webhook backend), and `--audit-log-maxage=30`, `--audit-log-maxbackup=10`, `--audit-log-maxsize=100`.",
            equivalents: [.checkov("CKV_K8S_91"), .checkov("CKV_K8S_92"), .checkov("CKV_K8S_93"), .checkov("CKV_K8S_94")],
            triggering: [
                staticPod("kube-apiserver", ["--audit-log-path=/var/log/kubernetes/audit.log"], marksCommand: true),
                kubeadm("apiServer", ["authorization-mode: Node,RBAC"], marksSection: true),
            ],
            nonTriggering: [
                staticPod("kube-apiserver", ["--audit-policy-file=/etc/kubernetes/audit/policy.yaml", "--audit-log-path=/var/log/kubernetes/audit.log", "--audit-log-maxage=30"]),
                kubeadm("apiServer", ["audit-policy-file: /etc/kubernetes/audit/policy.yaml", "audit-webhook-config-file: /etc/kubernetes/audit/webhook.yaml"]),
            ]),
        problem: { flags in
            let logs = !(flags["audit-log-path"]?.value ?? "").isEmpty || !(flags["audit-webhook-config-file"]?.value ?? "").isEmpty
            let missing = (logs ? [] : ["--audit-log-path"]) + ((flags["audit-policy-file"]?.value ?? "").isEmpty ? ["--audit-policy-file"] : [])
            guard !missing.isEmpty else { return nil }
            return Problem(message: "runs without " + missing.map { "`\($0)`" }.joined(separator: " and ") + ", so no request is audited", line: nil)
        })
}

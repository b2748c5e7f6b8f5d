import Foundation

extension ControlPlaneFlagRule {
    static let apiServerAuditLogRetention = ControlPlaneFlagRule(
        component: .apiServer,
        description: RuleDescription(
            id: "K8S-APISERVER-AUDIT-LOG-RETENTION", title: "API server audit log kept too briefly, or never rotated", severity: .low, cwe: 779,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging & audit › Audit logs retained",
            rationale: "With `--audit-log-path` set, `--audit-log-maxage` (days), `--audit-log-maxbackup` (files) and `--audit-log-maxsize` (MB) decide how much history survives. Below 30 days, 10 files or 100 MB an incident is often found after its trail is gone; left unset, the log is never rotated and fills the control plane's disk, after which the API server stops writing audit events. Low (CIS 1.2.17–1.2.19). Not reported when the log goes to standard output (`-`) or no file log is configured (`K8S-APISERVER-NO-AUDIT-LOG`).",
            recommendation: "Set `--audit-log-maxage=30`, `--audit-log-maxbackup=10` and `--audit-log-maxsize=100` (or more), and ship the log off the node.",
            equivalents: [.checkov("CKV_K8S_92"), .checkov("CKV_K8S_93"), .checkov("CKV_K8S_94")],
            triggering: [
                staticPod("kube-apiserver", ["--audit-log-path=/var/log/kubernetes/audit.log", "--audit-policy-file=/etc/kubernetes/audit.yaml",
                                             "↓--audit-log-maxage=7", "--audit-log-maxbackup=10", "--audit-log-maxsize=100"]),
                kubeadm("apiServer", ["audit-log-path: /var/log/kubernetes/audit.log", "audit-policy-file: /etc/kubernetes/audit.yaml"], marksSection: true),
            ],
            nonTriggering: [
                staticPod("kube-apiserver", ["--audit-log-path=/var/log/kubernetes/audit.log", "--audit-policy-file=/etc/kubernetes/audit.yaml",
                                             "--audit-log-maxage=30", "--audit-log-maxbackup=10", "--audit-log-maxsize=100"]),
                kubeadm("apiServer", ["audit-log-path: \"-\"", "audit-policy-file: /etc/kubernetes/audit.yaml"]),
            ]),
        problem: { flags in
            guard let path = flags["audit-log-path"], !path.value.isEmpty, path.value != "-" else { return nil }
            let minimums = [("audit-log-maxage", 30), ("audit-log-maxbackup", 10), ("audit-log-maxsize", 100)]
            for (name, minimum) in minimums {
                guard let flag = flags[name] else { return Problem(message: "writes its audit log without `--\(name)` (at least \(minimum))", line: nil) }
                if let value = Int(flag.value), value < minimum {
                    return Problem(message: "sets `--\(name)=\(value)`; keep at least \(minimum)", line: flag.line)
                }
            }
            return nil
        })
}

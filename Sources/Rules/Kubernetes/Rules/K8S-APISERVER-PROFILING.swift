import Foundation

extension ControlPlaneFlagRule {
    static let apiServerProfiling = ControlPlaneFlagRule(
        component: .apiServer,
        description: RuleDescription(
            id: "K8S-APISERVER-PROFILING", title: "API server profiling endpoints enabled", severity: .low, cwe: 200,
            checklist: "Kubernetes control plane › Unneeded endpoints disabled",
            rationale: "`--profiling` defaults to `true`, serving Go's pprof under `/debug/pprof`: internals of the running server to anyone RBAC lets read it, and a cheap way to load the control plane. Low (CIS 1.2.15; 1.3.2 and 1.4.1 for the controller manager and scheduler).",
            recommendation: "Set `--profiling=false`.",
            equivalents: [.checkov("CKV_K8S_90")],
            triggering: [
                staticPod("kube-apiserver", ["↓--profiling=true"]),
                kubeadm("apiServer", ["audit-log-path: /var/log/audit.log"], marksSection: true),
            ],
            nonTriggering: [
                staticPod("kube-apiserver", ["--profiling=false"]),
                kubeadm("apiServer", ["profiling: \"false\""]),
            ]),
        problem: ControlPlaneFlagRule.requires("profiling", "false"))
}

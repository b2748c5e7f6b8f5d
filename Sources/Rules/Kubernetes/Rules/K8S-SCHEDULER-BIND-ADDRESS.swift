import Foundation

extension ControlPlaneFlagRule {
    static let schedulerBindAddress = ControlPlaneFlagRule(
        component: .scheduler,
        description: RuleDescription(
            id: "K8S-SCHEDULER-BIND-ADDRESS", title: "Scheduler listens on every interface", severity: .low, cwe: 1327,
            checklist: "Kubernetes control plane › Control-plane endpoints not exposed",
            rationale: "The scheduler's metrics and health endpoints listen on `--bind-address`, `0.0.0.0` by default: reachable from the node's network. Low (CIS 1.4.2). kubeadm binds it to `127.0.0.1`.",
            recommendation: "Set `--bind-address=127.0.0.1`.",
            equivalents: [.checkov("CKV_K8S_115")],
            triggering: [
                staticPod("kube-scheduler", ["--leader-elect=true"], marksCommand: true),
                kubeadm("scheduler", ["↓bind-address: 0.0.0.0"]),
            ],
            nonTriggering: [
                staticPod("kube-scheduler", ["--bind-address=127.0.0.1", "--leader-elect=true"]),
                kubeadm("scheduler", ["profiling: \"false\""]),
            ]),
        problem: ControlPlaneFlagRule.requires("bind-address", "127.0.0.1"))
}

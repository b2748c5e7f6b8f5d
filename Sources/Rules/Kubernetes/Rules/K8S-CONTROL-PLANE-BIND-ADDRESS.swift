import Foundation

extension ControlPlaneFlagRule {
    static let controlPlaneBindAddress = ControlPlaneFlagRule(
        component: .controllerManager,
        description: RuleDescription(
            id: "K8S-CONTROL-PLANE-BIND-ADDRESS", title: "Controller manager listens on every interface", severity: .low, cwe: 1327,
            checklist: "Kubernetes control plane › Control-plane endpoints not exposed",
            rationale: "The controller manager's metrics and health endpoints listen on `--bind-address`, `0.0.0.0` by default: reachable from the node's network, where its profiling and metrics tell an attacker about the cluster. Low (CIS 1.3.7). kubeadm binds it to `127.0.0.1`.",
            recommendation: "Set `--bind-address=127.0.0.1`.",
            equivalents: [.checkov("CKV_K8S_113")],
            triggering: [
                staticPod("kube-controller-manager", ["--use-service-account-credentials=true", "↓--bind-address=0.0.0.0"]),
                kubeadm("controllerManager", ["↓bind-address: 0.0.0.0"]),
            ],
            nonTriggering: [
                staticPod("kube-controller-manager", ["--bind-address=127.0.0.1"]),
                kubeadm("controllerManager", ["bind-address: 127.0.0.1"]),
            ]),
        problem: ControlPlaneFlagRule.requires("bind-address", "127.0.0.1"))
}

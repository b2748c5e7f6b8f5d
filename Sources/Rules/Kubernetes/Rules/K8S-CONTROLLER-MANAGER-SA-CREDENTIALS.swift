import Foundation

extension ControlPlaneFlagRule {
    static let controllerManagerServiceAccountCredentials = ControlPlaneFlagRule(
        component: .controllerManager,
        description: RuleDescription(
            id: "K8S-CONTROLLER-MANAGER-SA-CREDENTIALS", title: "Controllers share the controller manager's own credentials", severity: .medium, cwe: 250,
            checklist: "Kubernetes access control › Least privilege for system components",
            rationale: "Without `--use-service-account-credentials=true` every controller acts with the controller manager's single, very broad identity instead of its own narrowly bound service account, so a bug or compromise in any controller has all of their rights. Medium (CIS 1.3.3). kubeadm sets it unless `extraArgs` turns it off.",
            recommendation: "Set `--use-service-account-credentials=true`.",
            equivalents: [.checkov("CKV_K8S_108")],
            triggering: [
                staticPod("kube-controller-manager", ["--bind-address=127.0.0.1"], marksCommand: true),
                kubeadm("controllerManager", ["↓use-service-account-credentials: \"false\""]),
            ],
            nonTriggering: [
                staticPod("kube-controller-manager", ["--bind-address=127.0.0.1", "--use-service-account-credentials=true"]),
                kubeadm("controllerManager", ["terminated-pod-gc-threshold: \"10\""]),
            ]),
        problem: ControlPlaneFlagRule.requires("use-service-account-credentials", "true"))
}

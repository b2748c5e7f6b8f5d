import Foundation

extension ControlPlaneFlagRule {
    static let apiServerServiceAccountLookup = ControlPlaneFlagRule(
        component: .apiServer,
        description: RuleDescription(
            id: "K8S-APISERVER-SA-LOOKUP", title: "API server accepts tokens of deleted service accounts", severity: .medium, cwe: 613,
            checklist: "Kubernetes access control › Revoked credentials stop working",
            rationale: "`--service-account-lookup=false` skips the check that a token's service account still exists: a token stolen from a pod keeps working after the account is deleted to revoke it. Medium (CIS 1.2.24). The default (`true`) is safe.",
            recommendation: "Remove `--service-account-lookup=false`.",
            equivalents: [.checkov("CKV_K8S_96")],
            triggering: [
                staticPod("kube-apiserver", ["--authorization-mode=Node,RBAC", "↓--service-account-lookup=false"]),
                kubeadm("apiServer", ["↓service-account-lookup: \"false\""]),
            ],
            nonTriggering: [
                staticPod("kube-apiserver", ["--service-account-lookup=true"]),
                kubeadm("apiServer", ["authorization-mode: Node,RBAC"]),
            ]),
        problem: ControlPlaneFlagRule.requires("service-account-lookup", "true", defaultIsUnsafe: false))
}

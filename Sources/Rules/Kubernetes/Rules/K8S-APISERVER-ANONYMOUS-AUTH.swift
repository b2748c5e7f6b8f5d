import Foundation

extension ControlPlaneFlagRule {
    static let apiServerAnonymousAuth = ControlPlaneFlagRule(
        component: .apiServer,
        description: RuleDescription(
            id: "K8S-APISERVER-ANONYMOUS-AUTH", title: "API server accepts anonymous requests", severity: .medium, cwe: 287,
            checklist: "Kubernetes control plane › Anonymous access disabled",
            rationale: "With `--anonymous-auth` left at its default (`true`), every request without credentials is served as `system:anonymous`: whatever RBAC grants that user or `system:unauthenticated` (a stray binding, a discovery endpoint, a vulnerable aggregated API) is open to anyone who reaches the port. kubeadm does not set it. Medium: RBAC still applies (CIS 1.2.1).",
            recommendation: "Run the API server with `--anonymous-auth=false` (health checks can use `/livez` with a client certificate, or keep the default and audit the anonymous bindings).",
            equivalents: [.checkov("CKV_K8S_68")],
            triggering: [
                staticPod("kube-apiserver", ["--secure-port=6443", "--authorization-mode=Node,RBAC"], marksCommand: true),
                staticPod("kube-apiserver", ["↓--anonymous-auth=true", "--authorization-mode=Node,RBAC"]),
                kubeadm("apiServer", ["audit-log-path: /var/log/kubernetes/audit.log"], marksSection: true),
            ],
            nonTriggering: [
                staticPod("kube-apiserver", ["--anonymous-auth=false", "--authorization-mode=Node,RBAC"]),
                kubeadm("apiServer", ["anonymous-auth: \"false\""]),
            ]),
        problem: ControlPlaneFlagRule.requires("anonymous-auth", "false"))
}

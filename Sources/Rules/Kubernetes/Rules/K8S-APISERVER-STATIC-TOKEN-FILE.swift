import Foundation

extension ControlPlaneFlagRule {
    static let apiServerStaticTokenFile = ControlPlaneFlagRule(
        component: .apiServer,
        description: RuleDescription(
            id: "K8S-APISERVER-STATIC-TOKEN-FILE", title: "API server accepts static tokens or basic-auth passwords", severity: .high, cwe: 798,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Kubernetes control plane › No static credentials",
            rationale: "`--token-auth-file` (and, before 1.19, `--basic-auth-file`) authenticates whoever presents a token or password listed in a plain file on the control plane: the credentials never expire, cannot be revoked without restarting the API server, and are usually bound to `system:masters`. High (CIS 1.2.2).",
            recommendation: "Remove the flag; authenticate people through OIDC or client certificates and workloads through service-account tokens.",
            equivalents: [.checkov("CKV_K8S_70"), .checkov("CKV_K8S_69")],
            triggering: [
                staticPod("kube-apiserver", ["↓--token-auth-file=/etc/kubernetes/tokens.csv"]),
                kubeadm("apiServer", ["↓basic-auth-file: /etc/kubernetes/passwords.csv"]),
            ],
            nonTriggering: [
                staticPod("kube-apiserver", ["--oidc-issuer-url=https://login.example.com", "--oidc-client-id=kubernetes"]),
            ]),
        problem: { flags in
            for name in ["token-auth-file", "basic-auth-file"] {
                if let flag = flags[name], !flag.value.isEmpty { return Problem(message: "reads static credentials from `--\(name)=\(flag.value)`", line: flag.line) }
            }
            return nil
        })
}

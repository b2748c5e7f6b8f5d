import Foundation

extension KubeletSettingRule {
    static let authorizationMode = KubeletSettingRule(
        description: RuleDescription(
            id: "K8S-KUBELET-AUTHORIZATION-MODE", title: "Kubelet authorizes every request", severity: .high, cwe: 862,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Kubernetes nodes › Kubelet requests authorized by the API server",
            rationale: "`authorization.mode: AlwaysAllow` lets whoever the kubelet authenticates (any service account token through the webhook, or anyone at all with anonymous access) run `exec`, `attach` and `port-forward` in every pod of the node and read its logs: RBAC no longer applies to the node's API. A configuration file that leaves the key out gets `Webhook` (the v1beta1 default; only the `--authorization-mode` flag defaults to `AlwaysAllow`). The `--authorization-mode` flag, as kubeadm passes it in `nodeRegistration.kubeletExtraArgs`, overrides the file and is judged too. High (CIS 4.2.2).",
            recommendation: "Set `authorization.mode: Webhook` so each request is checked with a SubjectAccessReview against RBAC.",
            equivalents: [.kubescape("C-0173")],
            triggering: ["""
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                authorization:
                ↓  mode: AlwaysAllow
                """, kubeadmJoin("authorization-mode: AlwaysAllow")],
            nonTriggering: [
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                authorization:
                  mode: Webhook
                  webhook:
                    cacheAuthorizedTTL: 5m0s
                """,
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                cgroupDriver: systemd
                """,
            ]),
        problem: { configuration in
            // The kubelet matches the mode exactly and refuses to start on any other spelling.
            guard let entry = configuration.entry("authorization.mode"), entry.value.string == "AlwaysAllow" else { return nil }
            return Problem(message: "sets `authorization.mode: AlwaysAllow`", line: entry.keyLine)
        },
        flag: Flag(name: "authorization-mode") { $0 == "AlwaysAllow" })
}

import Foundation

extension KubeletSettingRule {
    static let anonymousAuthentication = KubeletSettingRule(
        description: RuleDescription(
            id: "K8S-KUBELET-ANONYMOUS-AUTH", title: "Kubelet serves anonymous requests", severity: .high, cwe: 306,
            owasp: "A07:2021 Identification and Authentication Failures",
            checklist: "Kubernetes nodes › Kubelet anonymous access disabled",
            rationale: "With `authentication.anonymous.enabled: true` every request to the kubelet's port 10250 without credentials is served as `system:anonymous`; behind `authorization.mode: AlwaysAllow` that is `exec` into every pod of the node for anyone who reaches it. A configuration file that leaves the key out gets `false` (the v1beta1 default; only the `--anonymous-auth` flag defaults to `true`), so only an explicit `true` is reported. The `--anonymous-auth` flag, as kubeadm passes it in `nodeRegistration.kubeletExtraArgs`, overrides the file and is judged too. High (CIS 4.2.1).",
            recommendation: "Set `authentication.anonymous.enabled: false`, and authenticate the API server with `authentication.x509.clientCAFile`.",
            equivalents: [.kubescape("C-0069"), .kubescape("C-0172")],
            triggering: ["""
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                authentication:
                  anonymous:
                ↓    enabled: true
                  webhook:
                    enabled: true
                authorization:
                  mode: Webhook
                """, kubeadmJoin(#"anonymous-auth: "true""#), """
                apiVersion: kubeadm.k8s.io/v1beta4
                kind: InitConfiguration
                nodeRegistration:
                  kubeletExtraArgs:
                ↓    - name: anonymous-auth
                      value: "1"
                """],
            nonTriggering: [
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                authentication:
                  anonymous:
                    enabled: false
                  x509:
                    clientCAFile: /etc/kubernetes/pki/ca.crt
                authorization:
                  mode: Webhook
                """,
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                cgroupDriver: systemd
                """,
            ]),
        problem: forbids("authentication.anonymous.enabled", true, unsafeByDefault: false),
        flag: .boolean("anonymous-auth", unsafeValue: true))
}

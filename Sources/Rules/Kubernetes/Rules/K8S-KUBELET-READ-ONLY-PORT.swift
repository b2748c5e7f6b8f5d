import Foundation

extension KubeletSettingRule {
    static let readOnlyPort = KubeletSettingRule(
        description: RuleDescription(
            id: "K8S-KUBELET-READ-ONLY-PORT", title: "Kubelet opens its unauthenticated read-only port", severity: .medium, cwe: 306,
            owasp: "A01:2021 Broken Access Control",
            checklist: "Kubernetes nodes › Kubelet read-only port disabled",
            rationale: "A non-zero `readOnlyPort` (10255 traditionally) serves `/pods`, `/spec` and metrics over plain HTTP with neither authentication nor authorization: every pod spec of the node, with its environment values, image names and service account names, is readable by anything that reaches the node. A configuration file that leaves the key out gets `0` (off; only the `--read-only-port` flag defaults to 10255). The `--read-only-port` flag, as kubeadm passes it in `nodeRegistration.kubeletExtraArgs`, overrides the file and is judged too. Medium: it reads, it does not execute (CIS 4.2.4).",
            recommendation: "Set `readOnlyPort: 0` (or leave it out) and scrape metrics from the authenticated port 10250.",
            equivalents: [.kubescape("C-0175")],
            triggering: ["""
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                ↓readOnlyPort: 10255
                """, kubeadmJoin(#"read-only-port: "10255""#)],
            nonTriggering: [
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                readOnlyPort: 0
                """,
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                port: 10250
                """,
            ]),
        problem: { configuration in
            guard let entry = configuration.entry("readOnlyPort"), let port = entry.value.int, port != 0 else { return nil }
            return Problem(message: "sets `readOnlyPort: \(port)`", line: entry.keyLine)
        },
        flag: Flag(name: "read-only-port") { Int($0).map { $0 != 0 } ?? false })
}

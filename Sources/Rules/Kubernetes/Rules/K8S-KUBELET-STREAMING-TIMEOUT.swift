import Foundation

extension KubeletSettingRule {
    static let streamingTimeout = KubeletSettingRule(
        description: RuleDescription(
            id: "K8S-KUBELET-STREAMING-TIMEOUT", title: "Kubelet streaming connections never time out", severity: .low, cwe: 400,
            checklist: "Kubernetes nodes › Idle connections closed",
            rationale: "`streamingConnectionIdleTimeout: 0` (or the `--streaming-connection-idle-timeout=0` flag) keeps idle `exec`, `attach` and `port-forward` streams open forever: forgotten sessions into containers stay usable, and open connections pile up until the kubelet runs out of them. Low (CIS 4.2.5). The default, 4 hours, is not reported.",
            recommendation: "Leave the default, or set a bounded timeout such as `streamingConnectionIdleTimeout: 5m`.",
            equivalents: [.checkov("CKV_K8S_143"), .kubescape("C-0176")],
            triggering: ["""
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                ↓streamingConnectionIdleTimeout: 0s
                """, kubeadmJoin(#"streaming-connection-idle-timeout: "0""#)],
            nonTriggering: [
                """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                streamingConnectionIdleTimeout: 5m0s
                """,
            ]),
        problem: { configuration in
            guard let entry = configuration.entry("streamingConnectionIdleTimeout"),
                  let value = entry.value.scalar?.text, isZeroDuration(value) else { return nil }
            return Problem(message: "sets `streamingConnectionIdleTimeout: \(value)`", line: entry.keyLine)
        },
        flag: Flag(name: "streaming-connection-idle-timeout", isUnsafe: isZeroDuration))
}

/// `0`, `0s`, `0m0s`, `0h`: a Go duration of zero.
private func isZeroDuration(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return !trimmed.isEmpty && trimmed.allSatisfy { "0hms".contains($0) } && trimmed.first == "0"
}

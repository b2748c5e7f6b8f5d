import InfragateParsers

/// Pod Security Admission enforces nothing in a namespace without the `enforce` label.
struct NamespaceWithoutPodSecurity: Rule {
    private static let enforceLabel = "pod-security.kubernetes.io/enforce"

    let description = RuleDescription(
        id: "K8S-NAMESPACE-POD-SECURITY", title: "Namespace does not enforce Pod Security", severity: .medium, cwe: 693,
        checklist: "Kubernetes namespace hygiene › Pod Security Admission enforced",
        rationale: "Pod Security Admission only rejects privileged pods in namespaces labelled `pod-security.kubernetes.io/enforce`; without the label, or with `privileged`, any pod is admitted, and `warn` or `audit` labels alone only report what they would reject. Medium: it is the cluster's safety net for every other pod rule.",
        recommendation: "Label the namespace `pod-security.kubernetes.io/enforce: restricted` (or `baseline`).",
        triggering: ["""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: payments
              labels:
            ↓    pod-security.kubernetes.io/enforce: privileged
            """, """
            apiVersion: v1
            kind: Namespace
            metadata:
            ↓  name: web
            """, """
            apiVersion: v1
            kind: Namespace
            metadata:
            ↓  name: batch
              labels:
                pod-security.kubernetes.io/warn: restricted
                pod-security.kubernetes.io/audit: restricted
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: payments
              labels:
                pod-security.kubernetes.io/enforce: restricted
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "Namespace", let metadata = object.root["metadata"] else { return [] }
        if let label = metadata["labels"]?.entry(Self.enforceLabel) {
            guard label.value.string == "privileged" else { return [] }
            return [Violation(line: label.keyLine, message: "Namespace `\(object.displayName)` enforces the `privileged` Pod Security level.",
                              identity: "\(object.identity)|pod-security")]
        }
        // `warn` and `audit` only report: a namespace labelled with them alone still admits every pod.
        let reportingModes = ["warn", "audit"].filter { metadata["labels"]?.entry("pod-security.kubernetes.io/" + $0) != nil }
        let reportingOnly = reportingModes.isEmpty ? "" : " (it only \(reportingModes.map { "`\($0)`s" }.joined(separator: " and ")), which rejects no pod)"
        return [Violation(line: metadata.entry("name")?.keyLine ?? object.line,
                          message: "Namespace `\(object.displayName)` has no `\(Self.enforceLabel)` label\(reportingOnly).",
                          identity: "\(object.identity)|pod-security")]
    }
}

import InfragateParsers

/// A Pod Security label the admission controller cannot read (`enforce: restrictd`): the API server
/// refuses the Namespace, and the protection its author meant is not there.
struct InvalidPodSecurityLabel: Rule {
    private static let prefix = "pod-security.kubernetes.io/"
    private static let modes = ["enforce", "audit", "warn"]

    let description = RuleDescription(
        id: "K8S-PSS-LABEL-INVALID", title: "Namespace's Pod Security label cannot be read", severity: .medium, cwe: 1286,
        checklist: "Kubernetes namespace hygiene › Pod Security Admission enforced",
        rationale: """
            Pod Security Admission reads `pod-security.kubernetes.io/enforce`, `audit` and `warn` as exactly \
            `privileged`, `baseline` or `restricted`, and their `-version` labels as `latest` or `v1.N` \
            (no leading zero). Any other value makes the API server refuse to create the Namespace, or to \
            change its labels, with "must be one of privileged, baseline, restricted": the apply fails, and \
            until someone notices, the namespace has the Pod Security it had before (often none). Where a \
            Namespace already carries such a value, pods are judged at `restricted` for `enforce` and \
            `privileged` (nothing) for `audit` and `warn`. A key under the prefix that is none of the six \
            (`enforse`) is read by nothing. Medium: the intended protection is absent or the deploy breaks.
            """,
        recommendation: "Write the level or version exactly as the standard names it (`restricted`, `v1.31`, `latest`).",
        triggering: ["""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: payments
              labels:
            ↓    pod-security.kubernetes.io/enforce: restrictd
            """, """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: payments
              labels:
                pod-security.kubernetes.io/enforce: restricted
            ↓    pod-security.kubernetes.io/enforce-version: v1.030
            ↓    pod-security.kubernetes.io/warn: Restricted
            """, """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: web
              labels:
            ↓    pod-security.kubernetes.io/enforse: baseline
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: payments
              labels:
                pod-security.kubernetes.io/enforce: restricted
                pod-security.kubernetes.io/enforce-version: v1.30
                pod-security.kubernetes.io/warn: restricted
                pod-security.kubernetes.io/warn-version: latest
                pod-security.kubernetes.io/audit: baseline
            """,
            // Labels on other objects are not read by the admission controller.
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: notes
              labels:
                pod-security.kubernetes.io/enforce: strict
            """,
        ])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "Namespace", let labels = object.root["metadata"]?["labels"] else { return [] }
        return labels.entries.compactMap { entry -> Violation? in
            guard entry.key.hasPrefix(Self.prefix) else { return nil }
            let name = String(entry.key.dropFirst(Self.prefix.count))
            let value = entry.value.string ?? ""
            let shown = value.count > 64 ? String(value.prefix(64)) + "…" : value
            let problem: String
            if Self.modes.contains(name) {
                guard !PodSecurityLevel.levelNames.contains(value) else { return nil }
                let nearest = NearestWord.nearest(to: value, among: PodSecurityLevel.levelNames).map { " (`\($0)`?)" } ?? ""
                let fallback = name == "enforce" ? "where the Namespace already exists its pods are judged at `restricted`" : "where the Namespace already exists it \(name)s nothing"
                problem = "`\(entry.key): \(shown)` is not a level\(nearest): the API server refuses to create the Namespace or change its labels, and \(fallback)"
            } else if name.hasSuffix("-version"), Self.modes.contains(String(name.dropLast("-version".count))) {
                guard value != "latest", PodSecurityLevel.minorVersion(of: value) == nil else { return nil }
                problem = "`\(entry.key): \(shown)` is not `latest` or `v1.N`: the API server refuses to create the Namespace or change its labels"
            } else {
                let known = Self.modes + Self.modes.map { $0 + "-version" }
                let nearest = NearestWord.nearest(to: name, among: known).map { " (`\(Self.prefix)\($0)`?)" } ?? ""
                problem = "`\(entry.key)` is no Pod Security label\(nearest): nothing reads it"
            }
            return Violation(line: entry.keyLine, message: "Namespace `\(object.displayName)`: \(problem).",
                             identity: "\(object.identity)|pod-security-label|\(name)")
        }
    }
}

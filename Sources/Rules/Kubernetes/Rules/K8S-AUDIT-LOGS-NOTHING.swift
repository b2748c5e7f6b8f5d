import InfragateParsers

/// A policy whose rules all say `None` before one that matches everything turns auditing off.
struct AuditPolicyLogsNothing: Rule {
    let description = RuleDescription(
        id: "K8S-AUDIT-LOGS-NOTHING", title: "Audit policy logs no request", severity: .medium, cwe: 778,
        owasp: "A09:2021 Security Logging and Monitoring Failures",
        checklist: "Kubernetes control plane › Audit logging enabled",
        rationale: "The first matching rule decides a request's level and a request no rule matches is not logged: when every rule up to the first catch-all (one with no `users`, `verbs`, `resources`… condition) is `level: None`, the API server runs with `--audit-policy-file` set and writes nothing, so a compromise leaves no trace. Medium (CIS 3.2.1).",
        recommendation: "Log at least `Metadata` for every request: end the policy with a catch-all `- level: Metadata`, after the `None` rules for noisy read-only requests.",
        equivalents: [.kubescape("C-0160")],
        triggering: [
            """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
            ↓  - level: None
              - level: Metadata
            """,
            """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            ↓rules:
              - level: None
                nonResourceURLs: ["/healthz*", "/readyz*"]
            """,
        ],
        nonTriggering: [
            """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              - level: None
                users: ["system:kube-proxy"]
                verbs: [watch]
              - level: Metadata
            """,
        ])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard let policy = AuditPolicy(object), !policy.rules.isEmpty else { return [] }
        let catchAll = policy.rules.firstIndex(where: \.matchesEveryRequest)
        let deciding = policy.rules.prefix(catchAll.map { $0 + 1 } ?? policy.rules.count)
        guard deciding.allSatisfy({ $0.levelName == "None" }) else { return [] }
        let line = catchAll.map { policy.rules[$0].line } ?? policy.rulesLine
        return [Violation(line: line, message: "audit `Policy` logs no request: every rule that can match is `level: None`.", identity: object.identity)]
    }
}

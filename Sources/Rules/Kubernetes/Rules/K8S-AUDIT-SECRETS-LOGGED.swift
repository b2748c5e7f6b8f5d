import InfragateParsers

/// Request bodies of Secrets, ConfigMaps and TokenReviews carry the values an audit log must not hold.
struct AuditLogsSecretValues: Rule {
    private static let sensitiveResources = [(group: "", resource: "secrets"), (group: "", resource: "configmaps"),
                                             (group: "authentication.k8s.io", resource: "tokenreviews"),
                                             (group: "", resource: "serviceaccounts/token")]

    let description = RuleDescription(
        id: "K8S-AUDIT-SECRETS-LOGGED", title: "Audit policy logs Secret values", severity: .high, cwe: 532,
        owasp: "A09:2021 Security Logging and Monitoring Failures",
        checklist: "Kubernetes control plane › Audit log holds no secret values",
        rationale: "At `Request` or `RequestResponse` the audit log records the bodies of the requests (and responses) a rule matches: every Secret and ConfigMap written or read, every bearer token sent to a TokenReview and every service-account token the TokenRequest API (`serviceaccounts/token`) returns, in clear text, in a log that is shipped, indexed and read far more widely than the Secrets themselves. The first rule matching a request decides its level, so a catch-all `RequestResponse` rule logs them too unless an earlier rule takes them at `Metadata`. High.",
        recommendation: "Put a rule logging `secrets`, `configmaps`, `tokenreviews` and `serviceaccounts/token` at `level: Metadata` before any rule at `Request` or `RequestResponse`.",
        triggering: [
            """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              - level: None
                users: ["system:kube-proxy"]
            ↓  - level: RequestResponse
            """,
            """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
            ↓  - level: Request
                resources:
                  - group: ""
                    resources: [secrets, configmaps]
              - level: Metadata
            """,
            """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              - level: Metadata
                resources:
                  - group: ""
                    resources: [secrets, configmaps]
                  - group: authentication.k8s.io
                    resources: [tokenreviews]
            ↓  - level: RequestResponse
                resources:
                  - group: ""
                    resources: ["serviceaccounts/*"]
              - level: Metadata
            """,
        ],
        nonTriggering: [
            """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            omitStages: [RequestReceived]
            rules:
              - level: Metadata
                resources:
                  - group: ""
                    resources: [secrets, configmaps]
                  - group: authentication.k8s.io
                    resources: [tokenreviews]
                  - group: ""
                    resources: [serviceaccounts/token]
              - level: RequestResponse
            """,
            """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              - level: Request
                resources:
                  - group: apps
                    resources: [deployments]
              - level: Metadata
            """,
        ])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard let policy = AuditPolicy(object) else { return [] }
        var logged: [Int: (rule: AuditPolicy.PolicyRule, resources: [String])] = [:]
        for (group, resource) in Self.sensitiveResources {
            for rule in policy.rulesDeciding(group: group, resource: resource) where ["Request", "RequestResponse"].contains(rule.levelName) {
                logged[rule.index, default: (rule, [])].resources.append(resource)
            }
        }
        return logged.values.sorted { $0.rule.index < $1.rule.index }.map { rule, resources in
            Violation(line: rule.line,
                      message: "audit `Policy` rule \(rule.index + 1) logs " + resources.map { "`\($0)`" }.joined(separator: ", ")
                          + " at `\(rule.levelName ?? "")`, bodies included.",
                      identity: "\(object.identity)|rule \(rule.index)")
        }
    }
}

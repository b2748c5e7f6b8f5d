import InfragateParsers

/// A credential written into `env[].value` lives in git history and in every `kubectl get -o yaml`.
struct SecretInEnvironment: Rule {
    let description = RuleDescription(
        id: "K8S-SECRET-IN-ENV", title: "Secret written as a plain environment value", severity: .high, cwe: 798,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Kubernetes secrets › Secrets come from Secret objects, not literals",
        rationale: "A password or token written as `env[].value` is committed to git, readable by anyone who can read the workload, and shown by `kubectl describe`. High: it is a leaked credential.",
        recommendation: "Move the value into a Secret (created outside git or by a secrets operator) and reference it with `valueFrom.secretKeyRef`, or mount it as a file.",
        equivalents: [.kubeLinter("env-var-secret")],
        triggering: ["""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: api:2.1
                      env:
                        - name: LOG_LEVEL
                          value: debug
            ↓            - name: DB_PASSWORD
                          value: hunter2
            ↓            - {name: STRIPE_API_KEY, value: sk_live_51H}
            """],
        nonTriggering: ["""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: api:2.1
                      env:
                        - name: DB_PASSWORD
                          valueFrom:
                            secretKeyRef: {name: api-db, key: password}
                        - name: API_TOKEN
                          value: ""
            """])

    /// One violation per variable, named but never quoted.
    func check(_ workload: PodWorkload) -> [Violation] {
        workload.containers.flatMap { container in
            (container.node["env"]?.items ?? []).compactMap { variable -> Violation? in
                guard let name = variable["name"]?.string, let value = variable["value"]?.string,
                      SecretName.matches(name), !SecretName.isPlaceholder(value) else { return nil }
                return Violation(line: variable.firstKeyLine, message: "\(container.subject) sets `\(name)` as a literal value.",
                                 identity: container.identity("env:\(name)"))
            }
        }
    }
}

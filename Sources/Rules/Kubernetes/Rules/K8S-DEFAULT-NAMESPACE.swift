import InfragateParsers

/// The `default` namespace is where everything lands and nothing is isolated.
struct DefaultNamespace: Rule {
    let description = RuleDescription(
        id: "K8S-DEFAULT-NAMESPACE", title: "Workload deployed to the default namespace", severity: .low, cwe: 1188,
        checklist: "Kubernetes namespace hygiene › Workloads in dedicated namespaces",
        rationale: "The `default` namespace usually has no quotas, NetworkPolicies or Pod Security labels, and is shared by everything deployed carelessly. Low. Manifests that name no namespace are not reported: the namespace is then chosen at deploy time.",
        recommendation: "Deploy into a dedicated namespace with its own policies: `metadata.namespace: payments`.",
        equivalents: [.checkov("CKV_K8S_21")],
        triggering: ["""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            ↓  namespace: default
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: api:2.1
            """],
        nonTriggering: ["""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: payments
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: api:2.1
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.workload != nil, let entry = object.root["metadata"]?.entry("namespace"),
              entry.value.string == "default" else { return [] }
        return [Violation(line: entry.keyLine, message: "`\(object.kind)` `\(object.displayName)` is deployed to the `default` namespace.",
                          identity: "\(object.identity)|namespace")]
    }
}

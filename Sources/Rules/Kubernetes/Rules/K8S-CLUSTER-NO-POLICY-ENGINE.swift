import InfragateParsers

/// A cluster repository whose tree holds no admission policy engine's policies: its workloads are
/// admitted with only the built-in checks.
struct ClusterWithoutPolicyEngine: Rule {
    let description = RuleDescription(
        id: "K8S-CLUSTER-NO-POLICY-ENGINE", title: "Cluster repository defines no admission policy engine", severity: .medium, cwe: 693,
        checklist: "Kubernetes admission › A policy engine enforces the cluster's rules",
        rationale: """
            Pod Security Admission checks pods only; what else a cluster requires (allowed registries, \
            required labels, no `:latest`, no `LoadBalancer` without source ranges, signed images) is enforced \
            at admission only by a policy engine: Kyverno (`ClusterPolicy`, `Policy`, `ValidatingPolicy`), \
            OPA Gatekeeper (`ConstraintTemplate` and its constraints), Kubewarden, or a \
            `ValidatingAdmissionPolicy` put in force by a `ValidatingAdmissionPolicyBinding` of the tree (a \
            policy without a binding checks nothing). Without one, every rule this gate checks holds only for \
            what passes through the gate, not for what is applied to the cluster by other means. Opt-in, for \
            repositories that define a cluster (`rules: { K8S-CLUSTER-NO-POLICY-ENGINE: on }`): in an \
            application repository the engine lives elsewhere. The whole tree is searched; reported once per \
            changed file, on its first workload. Medium.
            """,
        recommendation: "Install a policy engine with the cluster (Kyverno, Gatekeeper or ValidatingAdmissionPolicy with its binding) and keep its policies in this repository.",
        optIn: true,
        triggering: ["""
            apiVersion: apps/v1
            ↓kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  containers:
                    - {name: api, image: "registry.example.com/api:1.0"}
            """,
            // A ValidatingAdmissionPolicy that no binding puts in force checks nothing.
            RuleExample("""
            apiVersion: apps/v1
            ↓kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  containers:
                    - {name: api, image: "registry.example.com/api:1.0"}
            """, neighbours: ["cluster/policies/replicas.yaml": Self.validatingAdmissionPolicy]),
            // Kyverno's reports and exceptions are not policies.
            RuleExample("""
            apiVersion: batch/v1
            ↓kind: CronJob
            metadata: {name: report, namespace: finance}
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                        - {name: report, image: "registry.example.com/report:1.0"}
            """, neighbours: ["cluster/kyverno/exception.yaml": """
            apiVersion: kyverno.io/v2
            kind: PolicyException
            metadata: {name: allow-report, namespace: kyverno}
            spec:
              exceptions:
                - {policyName: require-labels, ruleNames: [check-team]}
              match:
                any:
                  - resources: {kinds: [Pod], namespaces: [finance]}
            """]),
        ],
        nonTriggering: [
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  containers:
                    - {name: api, image: "registry.example.com/api:1.0"}
            """, neighbours: ["cluster/kyverno/require-labels.yaml": """
            apiVersion: kyverno.io/v1
            kind: ClusterPolicy
            metadata: {name: require-labels}
            spec:
              validationFailureAction: Enforce
              rules:
                - name: check-team
                  match:
                    any:
                      - resources: {kinds: [Pod]}
                  validate:
                    message: "label team is required"
                    pattern:
                      metadata:
                        labels: {team: "?*"}
            """]),
            // The policy with the binding that puts it in force, as the cluster's own API provides it.
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  containers:
                    - {name: api, image: "registry.example.com/api:1.0"}
            """, neighbours: ["cluster/policies/replicas.yaml": Self.validatingAdmissionPolicy + """

            ---
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingAdmissionPolicyBinding
            metadata: {name: max-replicas}
            spec:
              policyName: max-replicas
              validationActions: [Deny]
            """]),
            // Gatekeeper: a constraint of a template.
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  containers:
                    - {name: api, image: "registry.example.com/api:1.0"}
            """, neighbours: ["cluster/gatekeeper/repos.yaml": """
            apiVersion: constraints.gatekeeper.sh/v1beta1
            kind: K8sAllowedRepos
            metadata: {name: allowed-repos}
            spec:
              match:
                kinds: [{apiGroups: [""], kinds: [Pod]}]
              parameters:
                repos: ["registry.example.com/"]
            """]),
            // A file without workloads is not where admission matters.
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: api, namespace: payments}
            data: {mode: production}
            """,
        ])

    private static let validatingAdmissionPolicy = """
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingAdmissionPolicy
        metadata: {name: max-replicas}
        spec:
          failurePolicy: Fail
          matchConstraints:
            resourceRules:
              - {apiGroups: [apps], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [deployments]}
          validations:
            - expression: "object.spec.replicas <= 5"
        """

    func check(_ input: ObjectInTree) -> [Violation] {
        let object = input.object
        guard input.tree.isFirstWorkloadOfFile(object), !input.tree.hasPolicyEngine else { return [] }
        let also = input.tree.otherWorkloadsOfFile("and")
        return [Violation(line: object.line,
                          message: "No admission policy engine in the repository checks `\(object.kind)` `\(object.displayName)`\(also): no Kyverno or Kubewarden policy, Gatekeeper constraint, or ValidatingAdmissionPolicy with a binding.",
                          identity: "\(object.identity)|policy-engine")]
    }
}

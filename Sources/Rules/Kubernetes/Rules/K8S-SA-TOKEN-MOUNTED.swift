import InfragateParsers

/// Every pod gets an API token mounted unless told otherwise; most never call the API.
struct ServiceAccountTokenMounted: Rule {
    let description = RuleDescription(
        id: "K8S-SA-TOKEN-MOUNTED", title: "Service account token mounted automatically", severity: .low, cwe: 250,
        checklist: "Kubernetes access control › Service account tokens mounted only where used",
        rationale: "A mounted token lets anyone who compromises the pod call the Kubernetes API as its service account. Pods that never talk to the API should not carry one. Low, because the token's power depends on RBAC. A pod whose ServiceAccount a RoleBinding or ClusterRoleBinding of the tree names calls the API and is not reported.",
        recommendation: "Set `automountServiceAccountToken: false` in the pod spec (or on the ServiceAccount) unless the workload calls the API.",
        // The pod's own setting wins; without one, its ServiceAccount's (found anywhere in the tree) applies.
        // An account a RoleBinding or ClusterRoleBinding of the tree names is used on purpose.
        equivalents: [.checkov("CKV_K8S_38"), .trivy("AVD-KSV-0036")],
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            ↓spec:
              containers:
                - name: app
                  image: nginx:1.27
            """, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
            ↓  automountServiceAccountToken: true
              containers:
                - name: app
                  image: nginx:1.27
            """,
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              template:
            ↓    spec:
                  serviceAccountName: web
                  containers:
                    - name: app
                      image: nginx:1.27
            """, neighbours: ["rbac/service-accounts.yaml": """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: web
              namespace: staging
            automountServiceAccountToken: false
            """]),
        ],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              automountServiceAccountToken: false
              containers:
                - name: app
                  image: nginx:1.27
            """, """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: web
              namespace: shop
            automountServiceAccountToken: false
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              template:
                spec:
                  serviceAccountName: web
                  containers:
                    - name: app
                      image: nginx:1.27
            """,
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              template:
                spec:
                  serviceAccountName: web
                  containers:
                    - name: app
                      image: nginx:1.27
            """, neighbours: ["rbac/service-accounts.yaml": """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: web
              namespace: shop
            automountServiceAccountToken: false
            """]),
            // A controller whose account is granted a role calls the API with the token.
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: operator
              namespace: ops
            spec:
              template:
                spec:
                  serviceAccountName: operator
                  automountServiceAccountToken: true
                  containers:
                    - name: manager
                      image: ghcr.io/acme/operator:1.2.0
            """, neighbours: ["rbac/binding.yaml": """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: operator
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: operator}
            subjects:
              - kind: ServiceAccount
                name: operator
                namespace: ops
            """]),
            // Empty and null are unset: the `default` account of the namespace decides.
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              template:
                spec:
                  serviceAccountName: ""
                  automountServiceAccountToken: null
                  containers:
                    - name: app
                      image: nginx:1.27
            """, neighbours: ["rbac/default-account.yaml": """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: default
              namespace: shop
            automountServiceAccountToken: false
            """]),
        ])

    func check(_ input: ObjectInTree) -> [Violation] {
        let object = input.object
        guard let workload = object.workload else { return [] }
        // `null` (or nothing after the key) is unset, as the API reads it: the account decides.
        let entry = workload.spec.entry("automountServiceAccountToken").flatMap { $0.value.isNull ? nil : $0 }
        guard entry?.value.bool != false else { return [] }
        // An empty account name is unset too; the API server fills in `default`.
        let account = [workload.spec["serviceAccountName"]?.string, workload.spec["serviceAccount"]?.string]
            .compactMap { $0 }.first { !$0.isEmpty } ?? "default"
        if entry == nil, input.tree.serviceAccountDisablesToken(named: account, inNamespace: object.namespace) { return [] }
        // An account the tree grants a role to is one the pod calls the API with.
        if input.tree.serviceAccountIsBound(named: account, inNamespace: object.namespace) { return [] }
        return [Violation(line: entry?.keyLine ?? workload.specLine,
                          message: "The pod of \(workload.owner) mounts the token of service account `\(account)`; set `automountServiceAccountToken: false` if unused.",
                          identity: workload.identity("automountServiceAccountToken"))]
    }
}

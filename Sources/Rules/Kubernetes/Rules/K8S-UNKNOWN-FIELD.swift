import InfragateParsers

/// A key Kubernetes does not know in a pod spec, container, securityContext, RBAC rule or
/// NetworkPolicy: a misspelled setting protects nothing.
struct UnknownKubernetesField: Rule {
    let description = RuleDescription(
        id: "K8S-UNKNOWN-FIELD", title: "Field Kubernetes does not know", severity: .medium, cwe: 1286,
        checklist: "Kubernetes pod security › Security settings spelled as Kubernetes reads them",
        rationale: """
            A misspelled or invented key (`readOnlyRootFileSystem`, `runAsRoot: false`, `allowPrivilegedEscalation`, \
            `verb` in an RBAC rule, `podSelecter` in a NetworkPolicy) is no setting: `kubectl apply` with its \
            default strict field validation refuses the object, and clients that do not validate (older \
            kubectl, some controllers and GitOps tools) drop the key, so the protection it was meant to give \
            is silently absent while the manifest reads as if it were there. Checked in pod specs (every \
            container kind), pod and container `securityContext` with `capabilities`, `seccompProfile`, \
            `seLinuxOptions`, `appArmorProfile` and `windowsOptions`, RBAC `Role`/`ClusterRole` rules and \
            `networking.k8s.io` NetworkPolicies (rules, peers, ports), against the field lists of Kubernetes \
            1.36 (kubernetes/api v0.36.3); the finding names the nearest real field. Knative's pod spec, which \
            adds fields of its own, is not checked. Medium: the setting does not take effect.
            """,
        recommendation: "Spell the field as the Kubernetes API does (the nearest field is named), or remove it.",
        triggering: ["""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: registry.example.com/api:1.0
                      securityContext:
            ↓            readOnlyRootFileSystem: true
            ↓            runAsRoot: false
                        capabilities:
            ↓              drops: [ALL]
            """, """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
            ↓  hostPid: false
              securityContext:
            ↓    seccompProfle: {type: RuntimeDefault}
              initContainers:
                - name: init
                  image: registry.example.com/init:1.0
            ↓      securitycontext: {allowPrivilegeEscalation: false}
              containers:
                - name: web
                  image: registry.example.com/web:1.0
            """, """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: reader, namespace: shop}
            rules:
              - apiGroups: [""]
                resources: [configmaps]
            ↓    resourceName: [shop-settings]
                verbs: [get]
            """, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: api}}
              policyTypes: [Ingress]
              ingress:
                - from:
            ↓        - podSelecter: {matchLabels: {app: web}}
            """],
        nonTriggering: ["""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              template:
                spec:
                  hostPID: false
                  securityContext:
                    runAsNonRoot: true
                    seccompProfile: {type: RuntimeDefault}
                  containers:
                    - name: api
                      image: registry.example.com/api:1.0
                      securityContext:
                        readOnlyRootFilesystem: true
                        allowPrivilegeEscalation: false
                        capabilities:
                          drop: [ALL]
                  ephemeralContainers:
                    - name: debug
                      image: registry.example.com/debug:1.0
                      targetContainerName: api
            """, """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: reader, namespace: shop}
            rules:
              - apiGroups: [""]
                resources: [configmaps]
                resourceNames: [shop-settings]
                verbs: [get]
            """,
            // Another API's NetworkPolicy and Knative's pod spec have fields of their own.
            """
            apiVersion: projectcalico.org/v3
            kind: NetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              selector: app == 'api'
              types: [Ingress]
            ---
            apiVersion: serving.knative.dev/v1
            kind: Service
            metadata: {name: hello}
            spec:
              template:
                spec:
                  containerConcurrency: 10
                  containers:
                    - image: registry.example.com/hello:1.0
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        let apiVersion = object.root["apiVersion"]?.string ?? ""
        var unknown: [KubernetesFields.UnknownField] = []
        if let workload = object.workload, !apiVersion.hasPrefix("serving.knative.dev/") {
            unknown += KubernetesFields.unknownFields(in: workload.spec, schema: KubernetesFields.podSpec)
        }
        if ["Role", "ClusterRole"].contains(object.kind), apiVersion.hasPrefix("rbac.authorization.k8s.io/") {
            unknown += (object.root["rules"]?.items ?? []).flatMap { KubernetesFields.unknownFields(in: $0, schema: KubernetesFields.policyRule) }
        }
        if object.kind == "NetworkPolicy", apiVersion == "networking.k8s.io/v1", let spec = object.root["spec"] {
            unknown += KubernetesFields.unknownFields(in: spec, schema: KubernetesFields.networkPolicySpec)
        }
        return unknown.map { field in
            let nearest = field.nearest.map { "; the nearest field is `\($0)`" } ?? ""
            let key = field.key.count > 64 ? String(field.key.prefix(64)) + "…" : field.key
            return Violation(line: field.line,
                             message: "`\(key)` is not a field of \(field.schema) in `\(object.kind)` `\(object.displayName)`\(nearest): it does not take effect.",
                             identity: "\(object.identity)|unknown-field|\(field.schema)|\(key)")
        }
    }
}

import InfragateParsers

/// A workload whose pod fails the Pod Security Standards profile the policy requires of every
/// workload (`kubernetes.pod_security`), or the stricter level its namespace enforces.
struct PodSecurityProfileViolation: Rule {
    private static let restricted = RuleParameters(podSecurityProfile: .restricted)
    private static let baseline = RuleParameters(podSecurityProfile: .baseline)

    let description = RuleDescription(
        id: "K8S-PSS-PROFILE-VIOLATION", title: "Pod fails the Pod Security profile the policy requires", severity: .high, cwe: 250,
        checklist: "Kubernetes pod security › Pod Security Standards (baseline, restricted)",
        rationale: """
            The policy's `kubernetes: { pod_security: baseline | restricted }` makes the chosen Pod Security \
            Standards profile, at its latest version, a requirement for every workload wherever it is \
            deployed, including namespaces whose labels the repository does not hold and clusters without \
            Pod Security Admission. Every control is checked as the admission controller checks it: baseline \
            (HostProcess, host namespaces, privileged, capabilities beyond the baseline list, hostPath, host \
            ports, AppArmor, SELinux, `/proc` mount, seccomp `Unconfined`, sysctls outside the safe list, \
            probe and lifecycle hosts) and restricted on top (volume types, privilege escalation, \
            `runAsNonRoot`, `runAsUser: 0`, seccomp `RuntimeDefault` or `Localhost`, capabilities \
            `drop: [ALL]` adding only `NET_BIND_SERVICE`; user-namespace pods and Windows pods exempt where \
            the standard exempts them). Where a Namespace of the tree enforces a stricter level \
            (`pod-security.kubernetes.io/enforce`), that level is judged: the stricter wins. One finding names \
            every failed control. Silent unless the policy sets a profile. High: the policy says no pod \
            weaker than this may run.
            """,
        recommendation: "Change the pod to meet the profile (the failed controls are named); a workload that truly needs more (a node agent) belongs in a namespace the policy waives, with a reason.",
        subsumes: ["K8S-PSS-ENFORCE-VIOLATION"],
        triggering: [
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  containers:
            ↓        - name: api
                      image: registry.example.com/api:1.0
            """, parameters: Self.restricted),
            // Baseline at its latest version: a probe sent to another host from the node (1.34).
            RuleExample("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: registry.example.com/web:1.0
                  livenessProbe:
                    httpGet:
            ↓          host: 169.254.169.254
                      path: /latest/meta-data/
                      port: 80
            """, parameters: Self.baseline),
            // The namespace enforces restricted, stricter than the policy's baseline: restricted is judged.
            RuleExample("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: payments
              labels: {pod-security.kubernetes.io/enforce: restricted}
            ---
            apiVersion: batch/v1
            kind: Job
            metadata: {name: migrate, namespace: payments}
            spec:
              template:
                spec:
                  securityContext:
                    runAsNonRoot: true
                    seccompProfile: {type: RuntimeDefault}
                  containers:
                    - name: migrate
                      image: registry.example.com/migrate:1.0
                      securityContext:
            ↓            allowPrivilegeEscalation: true
                        capabilities: {drop: [ALL]}
            """, parameters: Self.baseline),
            // A user namespace does not exempt an unmasked /proc from restricted.
            RuleExample("""
            apiVersion: v1
            kind: Pod
            metadata: {name: builder}
            spec:
              hostUsers: false
              securityContext:
                seccompProfile: {type: RuntimeDefault}
              containers:
                - name: builder
                  image: registry.example.com/builder:1.0
                  securityContext:
                    allowPrivilegeEscalation: false
                    capabilities: {drop: [ALL]}
            ↓        procMount: Unmasked
            """, parameters: Self.restricted),
        ],
        nonTriggering: [
            // What the restricted profile asks for, written out.
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: payments}
            spec:
              template:
                spec:
                  securityContext:
                    runAsNonRoot: true
                    seccompProfile: {type: RuntimeDefault}
                  containers:
                    - name: api
                      image: registry.example.com/api:1.0
                      securityContext:
                        allowPrivilegeEscalation: false
                        capabilities:
                          drop: [ALL]
                          add: [NET_BIND_SERVICE]
                      livenessProbe:
                        httpGet: {path: /healthz, port: 8080}
                  volumes:
                    - name: config
                      configMap: {name: api}
                    - name: models
                      image: {reference: registry.example.com/models:2024-06, pullPolicy: IfNotPresent}
            """, parameters: Self.restricted),
            // A pod in its own user namespace need not run as non-root (1.35).
            RuleExample("""
            apiVersion: v1
            kind: Pod
            metadata: {name: builder}
            spec:
              hostUsers: false
              securityContext:
                runAsUser: 0
                seccompProfile: {type: RuntimeDefault}
              containers:
                - name: builder
                  image: registry.example.com/builder:1.0
                  securityContext:
                    allowPrivilegeEscalation: false
                    capabilities: {drop: [ALL]}
            """, parameters: Self.restricted),
            // Baseline admits the capabilities of its list and the newer safe sysctls.
            RuleExample("""
            apiVersion: v1
            kind: Pod
            metadata: {name: proxy}
            spec:
              securityContext:
                sysctls:
                  - {name: net.ipv4.tcp_rmem, value: "4096 87380 6291456"}
              containers:
                - name: proxy
                  image: registry.example.com/proxy:1.0
                  securityContext:
                    capabilities:
                      add: [NET_BIND_SERVICE, CHOWN]
            """, parameters: Self.baseline),
            // No profile in the policy: nothing is required beyond the namespaces' own labels.
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: probe}
            spec:
              hostNetwork: true
              containers:
                - name: probe
                  image: registry.example.com/probe:1.0
            """,
        ])

    func check(_ input: ObjectInTree) -> [Violation] {
        let object = input.object
        guard let profile = input.tree.parameters.podSecurityProfile, let workload = object.workload,
              let required = PodSecurityLevel(level: profile.rawValue, version: "") else { return [] }
        let namespaceLevels = object.namespace.map(input.tree.enforcedPodSecurityLevels(inNamespace:)) ?? []
        // The stricter wins; where overlays label the namespace differently, the pod fails only if it fails under each.
        let levels = namespaceLevels.isEmpty ? [required] : namespaceLevels.map { $0.profile > required.profile ? $0 : required }
        guard let (level, failures) = PodSecurityEvaluation.rejection(of: workload, under: levels) else { return [] }
        let source = level == required
            ? "the \(level.label) Pod Security profile the policy requires"
            : "the \(level.label) Pod Security level namespace `\(object.namespace ?? "")` enforces, stricter than the policy's `\(profile.rawValue)`"
        return [Violation(line: failures.map(\.line).min() ?? workload.specLine,
                          message: "\(workload.owner) fails \(source): \(PodSecurityEvaluation.summary(of: failures)).",
                          identity: "\(object.identity)|pod-security-profile")]
    }
}

import InfragateParsers

/// A workload whose pod fails the Pod Security Standards level its namespace enforces: the API
/// server rejects the pod at admission, so the deploy fails.
struct PodSecurityEnforcementViolation: Rule {
    let description = RuleDescription(
        id: "K8S-PSS-ENFORCE-VIOLATION", title: "Pod fails the Pod Security level its namespace enforces", severity: .medium, cwe: 693,
        checklist: "Kubernetes pod security › Pod Security Standards (baseline, restricted)",
        rationale: """
            A Namespace of the tree labelled `pod-security.kubernetes.io/enforce: baseline` or `restricted` \
            (with `enforce-version`, `latest` when unset) makes Pod Security Admission reject every pod that \
            fails a control of that level; for a Deployment, Job or other controller the object is accepted \
            and its pods are not, so the rollout silently never starts. The controls are checked as the \
            admission controller checks them, at the pinned version: baseline (HostProcess, host \
            namespaces, privileged, capabilities beyond the baseline list, hostPath, host ports, AppArmor, \
            SELinux, `/proc` mount, seccomp `Unconfined`, sysctls outside the safe list) and restricted \
            (volume types, privilege escalation, `runAsNonRoot`, `runAsUser: 0`, seccomp `RuntimeDefault` or \
            `Localhost`, capabilities `drop: [ALL]` adding only `NET_BIND_SERVICE`; Windows pods are exempt \
            from the Linux-only ones from 1.25). One finding names every failed control. Judged only for a \
            workload that names its namespace and a Namespace object in the tree (where overlays define it \
            differently, only when every definition rejects the pod); exemptions in the cluster's admission \
            configuration are not in the repository. Medium: the standard still protects the cluster, but \
            the workload as written cannot run, and the pod rules report what to change.
            """,
        recommendation: "Change the pod to meet the level the namespace enforces (the failed controls are named), or deploy it to a namespace meant for it; do not lower the namespace's level.",
        triggering: [
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: payments
            spec:
              template:
                spec:
                  containers:
            ↓        - name: api
                      image: registry.example.com/api:1.0
            """, neighbours: ["namespaces/payments.yaml": """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: payments
              labels:
                pod-security.kubernetes.io/enforce: restricted
            """]),
            // The Namespace in the same file, pinned to a version: baseline at 1.25 rejects host networking.
            """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: edge
              labels:
                pod-security.kubernetes.io/enforce: baseline
                pod-security.kubernetes.io/enforce-version: v1.25
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: probe
              namespace: edge
            spec:
            ↓  hostNetwork: true
              containers:
                - name: probe
                  image: registry.example.com/probe:1.0
            """,
            // A container turning off what the pod sets: restricted judges each container.
            """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: payments
              labels: {pod-security.kubernetes.io/enforce: restricted}
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
              namespace: payments
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
            ↓            runAsNonRoot: false
                        allowPrivilegeEscalation: false
                        capabilities: {drop: [ALL]}
            """,
        ],
        nonTriggering: [
            // What the restricted level asks for, written out.
            RuleExample("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: payments
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
                  volumes:
                    - name: config
                      configMap: {name: api}
            """, neighbours: ["namespaces/payments.yaml": """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: payments
              labels:
                pod-security.kubernetes.io/enforce: restricted
            """]),
            // Baseline admits a pod that only misses the restricted settings; warn does not reject.
            """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: tools
              labels:
                pod-security.kubernetes.io/enforce: baseline
                pod-security.kubernetes.io/warn: restricted
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: shell
              namespace: tools
            spec:
              containers:
                - name: shell
                  image: registry.example.com/shell:1.0
                  securityContext:
                    capabilities:
                      add: [NET_BIND_SERVICE, CHOWN]
            """,
            // Windows pods are exempt from restricted's Linux-only controls from 1.25.
            """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: win
              labels: {pod-security.kubernetes.io/enforce: restricted}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: iis
              namespace: win
            spec:
              os: {name: windows}
              securityContext:
                runAsNonRoot: true
              containers:
                - name: iis
                  image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
            """,
            // No Namespace object in the tree: what the cluster enforces there is unknown.
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: probe
              namespace: monitoring
            spec:
              hostNetwork: true
              containers:
                - name: probe
                  image: registry.example.com/probe:1.0
            """,
        ])

    func check(_ input: ObjectInTree) -> [Violation] {
        let object = input.object
        guard let workload = object.workload, let namespace = object.namespace else { return [] }
        // Overlays may label the namespace differently: the pod is rejected only if every one rejects it.
        guard let (level, failures) = PodSecurityEvaluation.rejection(of: workload, under: input.tree.enforcedPodSecurityLevels(inNamespace: namespace))
        else { return [] }
        let controls = PodSecurityEvaluation.summary(of: failures)
        let consequence = object.kind == "Pod" ? "the API server rejects it" : "the API server accepts the \(object.kind) but rejects every pod it creates"
        return [Violation(line: failures.map(\.line).min() ?? workload.specLine,
                          message: "\(workload.owner) fails the \(level.label) Pod Security level namespace `\(namespace)` enforces, so \(consequence): \(controls).",
                          identity: "\(object.identity)|pod-security-enforce")]
    }
}

import InfragateParsers

/// `privileged: true` gives the container every capability and the host's devices.
struct PrivilegedContainer: Rule {
    let description = RuleDescription(
        id: "K8S-PRIVILEGED", title: "Container runs privileged", severity: .critical, cwe: 250,
        checklist: "Kubernetes pod security › No privileged containers",
        rationale: "A privileged container has all capabilities and access to the host's devices: escaping to the node is trivial. Critical, because one compromised process owns the node and every pod on it.",
        recommendation: "Remove `privileged: true`; grant only the specific capabilities the workload needs.",
        equivalents: [.checkov("CKV_K8S_16"), .kubeLinter("privileged-container"), .trivy("AVD-KSV-0017")],
        // A privileged container has every capability and always allows escalation; those two
        // rules report it at the `privileged:` line, and this one finding says it all.
        subsumes: ["K8S-PRIVILEGE-ESCALATION", "K8S-CAPABILITIES-NOT-DROPPED"],
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: debug
            spec:
              containers:
                - name: shell
                  image: busybox:1.36
                  securityContext:
            ↓        privileged: yes
            """,
            """
            apiVersion: argoproj.io/v1alpha1
            kind: Rollout
            metadata: {name: web}
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            ↓          securityContext: {privileged: true}
            ---
            apiVersion: serving.knative.dev/v1
            kind: Service
            metadata: {name: hello}
            spec:
              template:
                spec:
                  containers:
                    - image: ghcr.io/knative/helloworld-go:1.0
            ↓          securityContext: {privileged: true}
            ---
            apiVersion: keda.sh/v1alpha1
            kind: ScaledJob
            metadata: {name: worker}
            spec:
              jobTargetRef:
                template:
                  spec:
                    containers:
                      - name: worker
                        image: worker:2.0
            ↓            securityContext: {privileged: true}
            ---
            apiVersion: apps.openshift.io/v1
            kind: DeploymentConfig
            metadata: {name: legacy}
            spec:
              template:
                spec:
                  containers:
                    - name: legacy
                      image: legacy:3.1
            ↓          securityContext: {privileged: true}
            """,
        ],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    privileged: false
            """])

    func check(_ container: Container) -> [Violation] {
        guard let entry = container.privileged else { return [] }
        return [Violation(line: entry.keyLine, message: "\(container.subject) runs privileged (`securityContext.privileged: true`).",
                         identity: container.identity("privileged"))]
    }
}

import InfragateParsers

/// Without a seccomp profile every syscall reaches the shared kernel.
struct SeccompProfile: Rule {
    let description = RuleDescription(
        id: "K8S-SECCOMP", title: "Container runs without a seccomp profile", severity: .medium, cwe: 693,
        checklist: "Kubernetes pod security › Seccomp profile applied",
        rationale: "Kubernetes runs containers `Unconfined` unless a seccomp profile is set, exposing every syscall (and every kernel bug behind them) to the workload. `RuntimeDefault` blocks the rarely used, often exploited ones. Medium: defence in depth.",
        recommendation: "Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a reviewed profile).",
        equivalents: [.checkov("CKV_K8S_31"), .trivy("AVD-KSV-0030")],
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    seccompProfile:
            ↓          type: Unconfined
            ↓    - name: sidecar
                  image: envoy:1.30
                  securityContext:
                    seccompProfile: {}
            """, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
            ↓    - name: app
                  image: nginx:1.27
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
              initContainers:
                - name: init
                  image: busybox:1.36
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    seccompProfile:
                      type: Localhost
                      localhostProfile: profiles/app.json
            """])

    func check(_ container: Container) -> [Violation] {
        let profile = container.securitySetting("seccompProfile")
        let type = profile?.value.entry("type")
        guard !["RuntimeDefault", "Localhost"].contains(type?.value.string ?? "") else { return [] }
        return [Violation(line: type?.keyLine ?? container.line,
                         message: "\(container.subject) has no `RuntimeDefault` or `Localhost` seccomp profile.",
                         identity: container.identity("seccompProfile"))]
    }
}

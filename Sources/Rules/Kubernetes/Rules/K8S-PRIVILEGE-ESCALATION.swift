import InfragateParsers

/// Without `allowPrivilegeEscalation: false`, setuid binaries can regain privileges.
struct PrivilegeEscalation: Rule {
    let description = RuleDescription(
        id: "K8S-PRIVILEGE-ESCALATION", title: "Container allows privilege escalation", severity: .high, cwe: 269,
        checklist: "Kubernetes pod security › Privilege escalation disabled",
        rationale: "Unless `allowPrivilegeEscalation` is `false`, a process can gain more privileges than its parent through setuid binaries or file capabilities (`no_new_privs` is off). High: it turns a foothold into root inside the container.",
        recommendation: "Set `securityContext.allowPrivilegeEscalation: false` on every container.",
        equivalents: [.checkov("CKV_K8S_20"), .kubeLinter("privilege-escalation-container"), .trivy("AVD-KSV-0001")],
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
            ↓    - name: app
                  image: nginx:1.27
                  securityContext:
                    runAsNonRoot: true
                - name: sidecar
                  image: envoy:1.30
                  securityContext:
            ↓        allowPrivilegeEscalation: true
            """],
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
                    allowPrivilegeEscalation: false
            """,
            // Reported once, as K8S-PRIVILEGED, which subsumes this rule there.
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: debug
            spec:
              containers:
                - name: shell
                  image: busybox:1.36
                  securityContext:
                    privileged: true
            """,
        ])

    func check(_ container: Container) -> [Violation] {
        if let privileged = container.privileged {
            return [Violation(line: privileged.keyLine, message: "\(container.subject) runs privileged, which always allows privilege escalation.",
                              identity: container.identity("allowPrivilegeEscalation"))]
        }
        let entry = container.securityContext?.entry("allowPrivilegeEscalation")
        guard entry?.value.bool != false else { return [] }
        return [Violation(line: entry?.keyLine ?? container.line,
                         message: "\(container.subject) does not set `allowPrivilegeEscalation: false`.",
                         identity: container.identity("allowPrivilegeEscalation"))]
    }
}

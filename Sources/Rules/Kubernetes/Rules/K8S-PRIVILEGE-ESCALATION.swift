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
            """])

    func check(_ container: Container) -> [Violation] {
        let entry = container.securityContext?.entry("allowPrivilegeEscalation")
        guard entry?.value.bool != false else { return [] }
        return [Violation(line: entry?.keyLine ?? container.line,
                         message: "\(container.subject) does not set `allowPrivilegeEscalation: false`.",
                         identity: container.identity("allowPrivilegeEscalation"))]
    }
}

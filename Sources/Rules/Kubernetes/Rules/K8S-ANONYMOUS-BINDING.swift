import InfragateParsers

/// Bindings to `system:anonymous` or `system:unauthenticated` grant access to anyone who can reach the API.
struct AnonymousBinding: Rule {
    private static let anonymousSubjects: Set<String> = ["system:anonymous", "system:unauthenticated"]

    let description = RuleDescription(
        id: "K8S-ANONYMOUS-BINDING", title: "Binding grants access to unauthenticated users", severity: .critical, cwe: 306,
        owasp: "A01:2021 Broken Access Control",
        checklist: "Kubernetes access control › No access for anonymous users",
        rationale: "Subjects `system:anonymous` and `system:unauthenticated` are every request without credentials: whatever the role allows, the internet may do if the API server is reachable. Critical.",
        recommendation: "Remove the anonymous subject; bind named users, groups or service accounts.",
        equivalents: [.kubescape("C-0262")],
        triggering: ["""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: open
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: view
            subjects:
              - kind: Group
                apiGroup: rbac.authorization.k8s.io
            ↓    name: system:unauthenticated
            """],
        nonTriggering: ["""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: readers
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: view
            subjects:
              - kind: Group
                apiGroup: rbac.authorization.k8s.io
                name: system:authenticated
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "RoleBinding" || object.kind == "ClusterRoleBinding" else { return [] }
        return (object.root["subjects"]?.items ?? []).compactMap { subject in
            guard let entry = subject.entry("name"), let name = entry.value.string,
                  Self.anonymousSubjects.contains(name) else { return nil }
            return Violation(line: entry.keyLine, message: "`\(object.kind)` `\(object.displayName)` grants its role to `\(name)`.",
                             identity: "\(object.identity)|subject:\(name)")
        }
    }
}

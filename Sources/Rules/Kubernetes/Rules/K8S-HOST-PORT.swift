import InfragateParsers

/// A `hostPort` binds the node's own interface, around Services and NetworkPolicies.
struct HostPort: Rule {
    let description = RuleDescription(
        id: "K8S-HOST-PORT", title: "Container binds a host port", severity: .medium, cwe: 668,
        checklist: "Kubernetes pod security › No host ports",
        rationale: "A `hostPort` exposes the container on the node's address, bypassing Services and many NetworkPolicy implementations, and limits scheduling. Medium. `hostPort: 0` is how the API spells \"no host port\" (charts often render it), so it is not reported.",
        recommendation: "Remove `hostPort` and expose the port through a Service.",
        equivalents: [.checkov("CKV_K8S_26"), .trivy("AVD-KSV-0024")],
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  ports:
                    - containerPort: 80
            ↓          hostPort: 80
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
                  ports:
                    - containerPort: 80
            """, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  ports:
                    - containerPort: 80
                      hostPort: 0
            """])

    func check(_ workload: PodWorkload) -> [Violation] {
        workload.containers.flatMap { container in
            (container.node["ports"]?.items ?? []).compactMap { port -> Violation? in
                guard let entry = port.entry("hostPort"), let number = entry.value.int, number > 0 else { return nil }
                return Violation(line: entry.keyLine, message: "\(container.subject) binds host port \(number) (`ports[].hostPort`).",
                                 identity: container.identity("hostPort:\(number)"))
            }
        }
    }
}

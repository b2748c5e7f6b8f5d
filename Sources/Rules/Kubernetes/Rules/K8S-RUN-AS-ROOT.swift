import InfragateParsers

/// Root in the container is root on the node's kernel; the pod's setting applies unless the container overrides it.
struct RunAsRoot: Rule {
    let description = RuleDescription(
        id: "K8S-RUN-AS-ROOT", title: "Container may run as root", severity: .high, cwe: 250,
        checklist: "Kubernetes pod security › Containers run as non-root",
        rationale: "Without `runAsNonRoot: true` or a non-zero `runAsUser` (pod or container level) the image decides, and most images run as uid 0; `runAsUser: 0` asks for root outright. Root in a container shares the node's kernel, so any escape or writable host mount is a node compromise. High.",
        recommendation: "Set `runAsNonRoot: true` and a non-zero `runAsUser` in the pod's `securityContext` (containers inherit it).",
        equivalents: [.checkov("CKV_K8S_23"), .kubeLinter("run-as-non-root"), .trivy("AVD-KSV-0012")],
        triggering: ["""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  securityContext:
                    runAsNonRoot: true
                  containers:
                    - name: api
                      image: api:2.1
                      securityContext:
            ↓            runAsNonRoot: false
                    - name: migrate
                      image: api:2.1
                      securityContext:
            ↓            runAsUser: 0
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
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  securityContext:
                    runAsNonRoot: true
                  containers:
                    - name: api
                      image: api:2.1
                    - name: metrics
                      image: exporter:0.15
                      securityContext:
                        runAsUser: 65534
            """])

    func check(_ container: Container) -> [Violation] {
        if let user = container.securitySetting("runAsUser"), let uid = user.value.int {
            // A non-zero uid cannot be root, whatever `runAsNonRoot` says.
            guard uid == 0 else { return [] }
            return [Violation(line: user.keyLine, message: "\(container.subject) runs as root (`runAsUser: 0`).",
                             identity: container.identity("runAsUser"))]
        }
        let nonRoot = container.securitySetting("runAsNonRoot")
        guard nonRoot?.value.bool != true else { return [] }
        return [Violation(line: nonRoot?.keyLine ?? container.line,
                         message: "\(container.subject) does not require `runAsNonRoot: true`.",
                         identity: container.identity("runAsNonRoot"))]
    }
}

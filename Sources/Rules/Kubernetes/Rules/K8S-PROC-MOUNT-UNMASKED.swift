import InfragateParsers

/// `procMount: Unmasked` shows the container the host's `/proc` paths the runtime normally hides.
struct UnmaskedProcMount: Rule {
    let description = RuleDescription(
        id: "K8S-PROC-MOUNT-UNMASKED", title: "Container mounts /proc unmasked", severity: .high, cwe: 200,
        checklist: "Kubernetes pod security › Pod Security Standards (baseline)",
        rationale: "Container runtimes mask and make read-only the parts of `/proc` that expose or control the host (`/proc/kcore`, `/proc/sys`, `/proc/sysrq-trigger`…). `procMount: Unmasked` removes that: with any other weakness the container reads kernel memory or changes kernel settings. High; the Pod Security Standards' baseline profile forbids it.",
        recommendation: "Remove `procMount` (the default is `Default`, masked); nested-container builders that need it belong on dedicated nodes with user namespaces (`hostUsers: false`).",
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata: {name: builder}
            spec:
              containers:
                - name: buildkit
                  image: moby/buildkit:v0.17.2
                  securityContext:
            ↓        procMount: Unmasked
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata: {name: builder}
            spec:
              containers:
                - name: buildkit
                  image: moby/buildkit:v0.17.2
                  securityContext:
                    procMount: Default
            """])

    func check(_ container: Container) -> [Violation] {
        guard let entry = container.securityContext?.entry("procMount"), entry.value.string == "Unmasked" else { return [] }
        return [Violation(line: entry.keyLine, message: "Container `\(container.name)` mounts `/proc` unmasked.",
                         identity: container.identity("procMount"))]
    }
}

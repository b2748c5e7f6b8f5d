import InfragateParsers

/// `windowsOptions.hostProcess: true`: a Windows container that is a process on the host.
struct WindowsHostProcess: Rule {
    let description = RuleDescription(
        id: "K8S-WINDOWS-HOST-PROCESS", title: "Windows HostProcess container", severity: .critical, cwe: 250,
        checklist: "Kubernetes pod security › Pod Security Standards (baseline)",
        rationale: "A HostProcess container runs directly on the Windows node, in the host's network and filesystem, as a node account such as `NT AUTHORITY\\SYSTEM`: it is the node. Critical; the Pod Security Standards' baseline profile forbids it. Node agents that need it belong in a dedicated, tightly bound namespace.",
        recommendation: "Remove `hostProcess: true`; run node agents as a Windows service managed with the node, or isolate the namespace that needs it.",
        equivalents: [.kubescape("C-0202")],
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata: {name: node-agent}
            spec:
              hostNetwork: true
              securityContext:
                windowsOptions:
            ↓      hostProcess: true
                  runAsUserName: "NT AUTHORITY\\\\SYSTEM"
              containers:
                - name: agent
                  image: agent:2.1-windows
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext:
                windowsOptions:
                  hostProcess: false
                  runAsUserName: ContainerUser
              containers:
                - name: web
                  image: web:2.1-windows
            """])

    func check(_ workload: PodWorkload) -> [Violation] {
        let contexts = [(workload.spec["securityContext"], "The pod", workload.identity("hostProcess"))]
            + workload.containers.map { ($0.securityContext, "Container `\($0.name)`", $0.identity("hostProcess")) }
        return contexts.compactMap { context, subject, identity in
            guard let entry = context?["windowsOptions"]?.entry("hostProcess"), entry.value.bool == true else { return nil }
            return Violation(line: entry.keyLine, message: "\(subject) runs as a Windows HostProcess container.", identity: identity)
        }
    }
}

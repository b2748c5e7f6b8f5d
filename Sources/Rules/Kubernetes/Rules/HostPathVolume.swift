import InfragateParsers

/// `hostPath` volumes, in two rules: the node's control files (critical) and any other host path.
struct HostPathVolume: Rule {
    let reportsSensitive: Bool
    let description: RuleDescription

    func check(_ workload: PodWorkload) -> [Violation] {
        (workload.spec["volumes"]?.items ?? []).compactMap { volume -> Violation? in
            guard let entry = volume["hostPath"]?.entry("path"), let path = entry.value.string else { return nil }
            guard SensitiveHostPath.contains(path) == reportsSensitive else { return nil }
            let name = volume["name"]?.string ?? ""
            return Violation(line: entry.keyLine, message: "Volume `\(name)` mounts host path `\(path)`.",
                             identity: workload.identity("hostPath:\(name)"))
        }
    }

    static let sensitive = HostPathVolume(reportsSensitive: true, description: RuleDescription(
        id: "K8S-HOST-PATH-SENSITIVE", title: "Pod mounts a sensitive host path", severity: .critical, cwe: 668,
        checklist: "Kubernetes pod security › No sensitive host mounts",
        rationale: "Mounting `/`, the container runtime socket, `/etc`, `/proc` or the kubelet's directory gives the pod control of the node: it can start privileged containers, read every secret on the node or rewrite its configuration. Critical.",
        recommendation: "Remove the `hostPath` volume; use a purpose-built API (CSI driver, downward API, a node agent with a reviewed design) instead.",
        equivalents: [.checkov("CKV_K8S_27"), .kubeLinter("docker-sock"), .kubeLinter("sensitive-host-mounts")],
        triggering: [example(path: "/var/run/docker.sock"), example(path: "/etc/")],
        nonTriggering: [example(path: "/var/log/app", marked: false)]))

    static let other = HostPathVolume(reportsSensitive: false, description: RuleDescription(
        id: "K8S-HOST-PATH", title: "Pod mounts a host path", severity: .medium, cwe: 668,
        checklist: "Kubernetes pod security › No sensitive host mounts",
        rationale: "A `hostPath` volume ties the pod to a node and shares files with everything else on it; a writable one lets a compromised pod plant files other workloads or the node read. Medium when the path is not one of the node's control files.",
        recommendation: "Use `emptyDir`, a PersistentVolumeClaim or a ConfigMap instead of `hostPath`; if unavoidable, mount it `readOnly`.",
        equivalents: [.trivy("AVD-KSV-0023")],
        triggering: [example(path: "/var/log/app")],
        nonTriggering: [example(path: "/proc", marked: false)]))

    private static func example(path: String, marked: Bool = true) -> RuleExample {
        RuleExample("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: collector
            spec:
              template:
                spec:
                  containers:
                    - name: collector
                      image: collector:2.3
                  volumes:
                    - name: host
                      hostPath:
            \(marked ? "↓" : "")            path: \(path)
            """)
    }
}

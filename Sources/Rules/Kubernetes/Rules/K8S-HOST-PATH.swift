import InfragateParsers

extension HostPathVolume {
    static let other = HostPathVolume(reportsSensitive: false, description: RuleDescription(
        id: "K8S-HOST-PATH", title: "Pod mounts a host path", severity: .medium, cwe: 668,
        checklist: "Kubernetes pod security › No sensitive host mounts",
        rationale: "A `hostPath` volume ties the pod to a node and shares files with everything else on it; a writable one lets a compromised pod plant files other workloads or the node read. Medium when the path is not one of the node's control files.",
        recommendation: "Use `emptyDir`, a PersistentVolumeClaim or a ConfigMap instead of `hostPath`; if unavoidable, mount it `readOnly`.",
        equivalents: [.trivy("AVD-KSV-0023")],
        triggering: [example(path: "/var/log/app")],
        nonTriggering: [example(path: "/proc", marked: false)]))
}

import InfragateParsers

extension HostPathVolume {
    static let sensitive = HostPathVolume(reportsSensitive: true, description: RuleDescription(
        id: "K8S-HOST-PATH-SENSITIVE", title: "Pod mounts a sensitive host path", severity: .critical, cwe: 668,
        checklist: "Kubernetes pod security › No sensitive host mounts",
        rationale: "Mounting `/`, the container runtime socket, `/etc`, `/proc` or the kubelet's directory gives the pod control of the node: it can start privileged containers, read every secret on the node or rewrite its configuration. Critical.",
        recommendation: "Remove the `hostPath` volume; use a purpose-built API (CSI driver, downward API, a node agent with a reviewed design) instead.",
        equivalents: [.checkov("CKV_K8S_27"), .kubeLinter("docker-sock"), .kubeLinter("sensitive-host-mounts")],
        triggering: [example(path: "/var/run/docker.sock"), example(path: "/etc/")],
        nonTriggering: [example(path: "/var/log/app", marked: false)]))
}

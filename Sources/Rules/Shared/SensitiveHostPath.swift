/// Host paths whose mount hands a container the node: runtime sockets, configuration, kernel interfaces.
/// Shared by the Kubernetes `hostPath` and Compose bind-mount rules.
enum SensitiveHostPath {
    private static let roots = [
        "/etc", "/proc", "/sys", "/boot", "/root", "/dev", "/var/lib/kubelet", "/var/lib/docker", "/var/lib/containerd",
        "/var/run/docker.sock", "/run/docker.sock", "/var/run/containerd", "/run/containerd", "/var/run/crio", "/run/crio",
    ]
    /// Directories whose mount includes a runtime socket or every other path.
    private static let ancestors: Set<String> = ["/", "/var", "/var/run", "/run", "/var/lib"]

    static func contains(_ written: String) -> Bool {
        var path = written
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return ancestors.contains(path) || roots.contains { path == $0 || path.hasPrefix($0 + "/") }
    }
}

import InfragateParsers

/// A control-plane binary whose flags the CIS Kubernetes Benchmark checks.
enum ControlPlaneComponent: String, CaseIterable {
    case apiServer = "kube-apiserver"
    case controllerManager = "kube-controller-manager"
    case scheduler = "kube-scheduler"
    case etcd

    /// Its key in kubeadm's `ClusterConfiguration` (etcd's flags sit under `etcd.local`).
    fileprivate var kubeadmPath: [String] {
        switch self {
        case .apiServer: return ["apiServer"]
        case .controllerManager: return ["controllerManager"]
        case .scheduler: return ["scheduler"]
        case .etcd: return ["etcd", "local"]
        }
    }

    /// The flags kubeadm writes into the static pod on its own, which `extraArgs` override: a
    /// ClusterConfiguration that does not mention them still runs with them.
    fileprivate var kubeadmDefaults: [String: String] {
        switch self {
        case .apiServer:
            return ["authorization-mode": "Node,RBAC", "enable-admission-plugins": "NodeRestriction", "allow-privileged": "true",
                    "tls-cert-file": "/etc/kubernetes/pki/apiserver.crt", "tls-private-key-file": "/etc/kubernetes/pki/apiserver.key",
                    "client-ca-file": "/etc/kubernetes/pki/ca.crt", "secure-port": "6443"]
        case .controllerManager:
            return ["bind-address": "127.0.0.1", "use-service-account-credentials": "true", "leader-elect": "true"]
        case .scheduler:
            return ["bind-address": "127.0.0.1", "leader-elect": "true"]
        case .etcd:
            return ["client-cert-auth": "true", "peer-client-cert-auth": "true",
                    "cert-file": "/etc/kubernetes/pki/etcd/server.crt", "peer-cert-file": "/etc/kubernetes/pki/etcd/peer.crt"]
        }
    }
}

/// The flags one control-plane component runs with, as the binary reads them: `--name=value`,
/// `--name value` (not for boolean flags, where a bare `--name` is `true` and the next word is an
/// argument, as Go's pflag reads them), the last occurrence winning.
struct ControlPlaneFlags {
    /// Boolean flags the rules read: a following word is never their value.
    private static let booleanFlags: Set<String> = [
        "anonymous-auth", "profiling", "service-account-lookup", "use-service-account-credentials", "client-cert-auth",
        "peer-client-cert-auth", "auto-tls", "peer-auto-tls", "allow-privileged", "leader-elect", "rotate-certificates",
        "protect-kernel-defaults",
    ]

    let component: ControlPlaneComponent
    let flags: [String: FlagValue]
    /// Where findings about a missing flag point: the command, or the ClusterConfiguration section.
    let line: Int
    /// What the finding's identity names: the object and the component.
    let identity: String

    subscript(name: String) -> FlagValue? { flags[name] }

    /// Every component an object configures: a static pod's containers running a control-plane
    /// binary, or the sections of a kubeadm `ClusterConfiguration`.
    static func all(in object: KubernetesObject) -> [ControlPlaneFlags] {
        if object.kind == "ClusterConfiguration", object.root["apiVersion"]?.string?.hasPrefix("kubeadm.k8s.io/") == true {
            return ControlPlaneComponent.allCases.map { kubeadm($0, in: object) }
        }
        // Static pods, as kubeadm writes them: a Pod whose command is the binary. An application's
        // own etcd (a StatefulSet configured by environment variables) is not the control plane.
        guard object.kind == "Pod", let workload = object.workload else { return [] }
        return workload.containers.compactMap { container in
            let command = container.node["command"]?.items ?? []
            guard let program = command.first?.string.map(RepositoryPath.name(of:)),
                  let component = ControlPlaneComponent(rawValue: program) else { return nil }
            let arguments = container.node["args"]?.items ?? []
            let words = (command.dropFirst() + arguments).compactMap { item in item.string.map { ($0, item.line) } }
            return ControlPlaneFlags(component: component, flags: parse(words), line: command.first?.line ?? container.line,
                                     identity: "\(object.identity)|\(component.rawValue)")
        }
    }

    /// `extraArgs` as a mapping (kubeadm v1beta3) or a list of `{name, value}` (v1beta4), over kubeadm's defaults.
    private static func kubeadm(_ component: ControlPlaneComponent, in object: KubernetesObject) -> ControlPlaneFlags {
        var section: YAMLNode? = object.root
        var line = object.line
        for key in component.kubeadmPath {
            if let entry = section?.entry(key) { line = entry.keyLine }
            section = section?[key]
        }
        var flags = component.kubeadmDefaults.mapValues { FlagValue(value: $0, line: line) }
        if let extraArguments = section?["extraArgs"] {
            flags.merge(KubeadmArguments.flags(in: extraArguments)) { _, written in written }
        }
        return ControlPlaneFlags(component: component, flags: flags, line: line, identity: "\(object.identity)|\(component.rawValue)")
    }

    private static func parse(_ words: [(String, Int)]) -> [String: FlagValue] {
        var flags: [String: FlagValue] = [:]
        var index = 0
        while index < words.count {
            let (word, line) = words[index]
            index += 1
            guard word.hasPrefix("--") || (word.hasPrefix("-") && word.count > 2) else { continue }
            let body = word.drop { $0 == "-" }
            if let equals = body.firstIndex(of: "=") {
                flags[String(body[..<equals])] = FlagValue(value: String(body[body.index(after: equals)...]), line: line)
            } else if booleanFlags.contains(String(body)) {
                flags[String(body)] = FlagValue(value: "true", line: line)
            } else if index < words.count, !words[index].0.hasPrefix("-") {
                flags[String(body)] = FlagValue(value: words[index].0, line: line)
                index += 1
            } else {
                flags[String(body)] = FlagValue(value: "", line: line)
            }
        }
        return flags
    }
}

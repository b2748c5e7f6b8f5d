import InfragateParsers

/// A kubelet's configuration file (`--config`, which kubeadm writes to `/var/lib/kubelet/config.yaml`),
/// read as the kubelet reads it: a key left out takes the `kubelet.config.k8s.io/v1beta1` default,
/// which for a file is often safer than the command-line flag's (anonymous off, `Webhook`
/// authorization, read-only port 0), so rules report only what the file really enables.
struct KubeletConfiguration {
    let object: KubernetesObject

    init?(_ object: KubernetesObject) {
        guard object.kind == "KubeletConfiguration",
              object.root["apiVersion"]?.string?.hasPrefix("kubelet.config.k8s.io/") == true else { return nil }
        self.object = object
    }

    /// The entry at a dotted path (`authentication.anonymous.enabled`); nil when any key on it is absent.
    func entry(_ path: String) -> YAMLEntry? {
        let keys = path.split(separator: ".").map(String.init)
        var node: YAMLNode? = object.root
        for key in keys.dropLast() { node = node?[key] }
        return keys.last.flatMap { node?.entry($0) }
    }

    /// Where a finding about an absent key points: the deepest section of its path that is written, else `kind`.
    func lineForAbsent(_ path: String) -> Int {
        var line = object.line
        var node: YAMLNode? = object.root
        for key in path.split(separator: ".").dropLast().map(String.init) {
            guard let entry = node?.entry(key) else { break }
            line = entry.keyLine
            node = entry.value
        }
        return line
    }
}

/// The kubelet flags a kubeadm `InitConfiguration` or `JoinConfiguration` passes in
/// `nodeRegistration.kubeletExtraArgs` (a mapping in v1beta3, a list of `{name, value}` in v1beta4):
/// a flag overrides the configuration file's setting on that node.
struct KubeletExtraArguments {
    let arguments: [String: FlagValue]

    init?(_ object: KubernetesObject) {
        guard ["InitConfiguration", "JoinConfiguration"].contains(object.kind),
              object.root["apiVersion"]?.string?.hasPrefix("kubeadm.k8s.io/") == true,
              let extraArguments = object.root["nodeRegistration"]?["kubeletExtraArgs"] else { return nil }
        arguments = KubeadmArguments.flags(in: extraArguments)
    }

    /// A boolean flag's value as Go's `strconv.ParseBool` reads it; nil for anything else (the kubelet refuses to start).
    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "1", "t", "T", "TRUE", "true", "True": return true
        case "0", "f", "F", "FALSE", "false", "False": return false
        default: return nil
        }
    }
}

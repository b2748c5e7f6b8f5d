import InfragateParsers

/// A command-line flag's value as a component receives it, and the line that sets it.
struct FlagValue {
    let value: String
    let line: Int
}

/// The flags kubeadm passes to a component (`apiServer.extraArgs`, `nodeRegistration.kubeletExtraArgs`…):
/// a mapping in v1beta3, a list of `{name, value}` in v1beta4. A later entry of a name wins.
enum KubeadmArguments {
    static func flags(in node: YAMLNode) -> [String: FlagValue] {
        var flags: [String: FlagValue] = [:]
        if node.isSequence {
            for item in node.items {
                guard let name = item["name"]?.string else { continue }
                flags[name] = FlagValue(value: item["value"]?.string ?? "", line: item.firstKeyLine)
            }
        } else {
            for entry in node.entries {
                flags[entry.key] = FlagValue(value: entry.value.string ?? "", line: entry.keyLine)
            }
        }
        return flags
    }
}

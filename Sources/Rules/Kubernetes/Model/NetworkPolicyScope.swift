import InfragateParsers

/// Which pods and directions a NetworkPolicy governs, as the API server defaults it: a missing
/// `podSelector` or one with no labels and no expressions selects every pod of the namespace;
/// without `policyTypes` the policy is `Ingress`, plus `Egress` when it has an `egress` section.
struct NetworkPolicyScope {
    let selectsEveryPod: Bool
    let controlsIngress: Bool
    let controlsEgress: Bool
    /// The `policyTypes` line, else the `spec` line, else the object's.
    let line: Int

    init?(_ object: KubernetesObject) {
        guard object.kind == "NetworkPolicy" else { return nil }
        let spec = object.root["spec"]
        let selector = spec?["podSelector"]
        selectsEveryPod = (selector?["matchLabels"]?.entries.isEmpty ?? true) && (selector?["matchExpressions"]?.items.isEmpty ?? true)
        if let types = spec?.entry("policyTypes") {
            let written = Set(types.value.items.compactMap { $0.string })
            controlsIngress = written.contains("Ingress")
            controlsEgress = written.contains("Egress")
            line = types.keyLine
        } else {
            controlsIngress = true
            controlsEgress = spec?["egress"] != nil
            line = object.root.entry("spec")?.keyLine ?? object.line
        }
    }
}

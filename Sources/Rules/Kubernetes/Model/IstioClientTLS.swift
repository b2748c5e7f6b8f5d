import InfragateParsers

/// The client TLS settings of an Istio `DestinationRule`: the host's traffic policy, each of its
/// `portLevelSettings`, and the same inside each subset, which override the host's for that subset.
struct IstioClientTLS {
    /// What the settings apply to, for messages and identities: "the host", "port 8443 of subset `canary`".
    let scope: String
    let settings: YAMLNode

    static func all(in object: KubernetesObject) -> [IstioClientTLS] {
        guard object.kind == "DestinationRule", object.root["apiVersion"]?.string?.hasPrefix("networking.istio.io/") == true,
              let spec = object.root["spec"] else { return [] }
        let policies = [(scope: "the host", policy: spec["trafficPolicy"])]
            + (spec["subsets"]?.items ?? []).map { (scope: "subset `\($0["name"]?.string ?? "?")`", policy: $0["trafficPolicy"]) }
        return policies.flatMap { scope, policy -> [IstioClientTLS] in
            guard let policy else { return [] }
            let ports = (policy["portLevelSettings"]?.items ?? []).map { setting in
                (scope: "port \(setting["port"]?["number"]?.int.map(String.init) ?? "?") of \(scope)", tls: setting["tls"])
            }
            return ([(scope: scope, tls: policy["tls"])] + ports).compactMap { scope, tls in
                tls.map { IstioClientTLS(scope: scope, settings: $0) }
            }
        }
    }
}

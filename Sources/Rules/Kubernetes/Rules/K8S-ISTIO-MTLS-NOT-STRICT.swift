import InfragateParsers

/// A PeerAuthentication that accepts plain text lets anything in the cluster talk to the workloads unauthenticated.
struct IstioPeerAuthenticationNotStrict: Rule {
    let description = RuleDescription(
        id: "K8S-ISTIO-MTLS-NOT-STRICT", title: "Istio accepts plain-text traffic", severity: .medium, cwe: 319,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Kubernetes network › Service-to-service traffic mutually authenticated",
        rationale: "`mtls.mode: PERMISSIVE` accepts plain text beside mTLS and `DISABLE` accepts only plain text (also per port, under `portLevelMtls`): any pod, or anything that reaches the pod network, talks to the selected workloads without a workload identity, so `AuthorizationPolicy` rules on principals stop applying and traffic can be read on the wire. A mode left out (or `UNSET`) inherits from the namespace or mesh policy; in the mesh-wide policy (no `selector`, in the root namespace `istio-system`) there is nothing to inherit from, so it means Istio's default, `PERMISSIVE`, and is reported; elsewhere only explicit modes are. Medium: the mesh still encrypts between sidecars that both speak mTLS.",
        recommendation: "Set `mtls.mode: STRICT` (mesh-wide in the root namespace, then per namespace), after migrating the clients that have no sidecar.",
        triggering: ["""
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata:
              name: default
              namespace: istio-system
            spec:
              mtls:
            ↓    mode: PERMISSIVE
            """, """
            apiVersion: security.istio.io/v1beta1
            kind: PeerAuthentication
            metadata:
              name: metrics
              namespace: payments
            spec:
              selector:
                matchLabels:
                  app: payments
              mtls:
                mode: STRICT
              portLevelMtls:
                9090:
            ↓      mode: DISABLE
            """, """
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata:
              name: default
              namespace: istio-system
            ↓spec:
              mtls: {}
            """],
        nonTriggering: ["""
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata:
              name: default
              namespace: istio-system
            spec:
              mtls:
                mode: STRICT
            """, """
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata:
              name: payments
              namespace: payments
            spec:
              mtls:
                mode: UNSET
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        guard object.kind == "PeerAuthentication", object.root["apiVersion"]?.string?.hasPrefix("security.istio.io/") == true,
              let spec = object.root["spec"] else { return [] }
        let workloadMode = spec["mtls"]?.entry("mode").map { (scope: "every port", entry: $0) }
        let portModes = (spec["portLevelMtls"]?.entries ?? []).compactMap { port in
            port.value.entry("mode").map { (scope: "port \(port.key)", entry: $0) }
        }
        let isMeshWide = object.namespace == "istio-system" && spec["selector"] == nil
        if isMeshWide, ["UNSET", nil].contains(workloadMode?.entry.value.string) {
            return [Violation(line: workloadMode?.entry.keyLine ?? object.root.entry("spec")?.keyLine ?? object.line,
                              message: "The mesh-wide `PeerAuthentication` `\(object.name)` leaves `mtls.mode` unset, which is `PERMISSIVE`.",
                              identity: "\(object.identity)|every port")] + portViolations(portModes, in: object)
        }
        return portViolations([workloadMode].compactMap { $0 } + portModes, in: object)
    }

    private func portViolations(_ modes: [(scope: String, entry: YAMLEntry)], in object: KubernetesObject) -> [Violation] {
        modes.compactMap { scope, entry in
            guard let mode = entry.value.string, ["PERMISSIVE", "DISABLE"].contains(mode) else { return nil }
            return Violation(line: entry.keyLine, message: "`PeerAuthentication` `\(object.displayName)` sets `mode: \(mode)` on \(scope).",
                             identity: "\(object.identity)|\(scope)")
        }
    }
}

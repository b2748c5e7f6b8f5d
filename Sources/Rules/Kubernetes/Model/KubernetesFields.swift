import InfragateParsers

/// The fields Kubernetes knows in the parts of an object that carry security settings, from the
/// `json` tags of the Go types in kubernetes/api v0.36.3 (Kubernetes 1.36.3, commit 3fde3c4):
/// core/v1 `PodSpec`, `Container` (+ `EphemeralContainer`), `SecurityContext`, `PodSecurityContext`,
/// `Capabilities`, `SeccompProfile`, `SELinuxOptions`, `AppArmorProfile`,
/// `WindowsSecurityContextOptions`; rbac/v1 `PolicyRule`; networking/v1 `NetworkPolicySpec`,
/// `NetworkPolicyIngressRule`, `NetworkPolicyEgressRule`, `NetworkPolicyPeer`, `NetworkPolicyPort`.
enum KubernetesFields {
    /// One kind of mapping whose keys are checked: its name in messages and its fields.
    struct Schema {
        let name: String
        let fields: [String]
        /// Mappings nested under a field, checked against their own schema.
        var children: [String: Schema] = [:]
        /// Lists of mappings under a field, each item checked against the schema.
        var listChildren: [String: Schema] = [:]
    }

    /// An unknown key with where it is, the schema it is not part of, and the nearest known field.
    struct UnknownField {
        let key: String
        let line: Int
        let schema: String
        let nearest: String?
    }

    static let capabilities = Schema(name: "capabilities", fields: ["add", "drop"])
    static let seccompProfile = Schema(name: "seccompProfile", fields: ["type", "localhostProfile"])
    static let seLinuxOptions = Schema(name: "seLinuxOptions", fields: ["user", "role", "type", "level"])
    static let appArmorProfile = Schema(name: "appArmorProfile", fields: ["type", "localhostProfile"])
    static let windowsOptions = Schema(name: "windowsOptions", fields: ["gmsaCredentialSpecName", "gmsaCredentialSpec", "runAsUserName", "hostProcess"])

    static let containerSecurityContext = Schema(
        name: "a container's securityContext",
        fields: ["capabilities", "privileged", "seLinuxOptions", "windowsOptions", "runAsUser", "runAsGroup", "runAsNonRoot",
                 "readOnlyRootFilesystem", "allowPrivilegeEscalation", "procMount", "seccompProfile", "appArmorProfile"],
        children: ["capabilities": capabilities, "seLinuxOptions": seLinuxOptions, "windowsOptions": windowsOptions,
                   "seccompProfile": seccompProfile, "appArmorProfile": appArmorProfile])

    static let podSecurityContext = Schema(
        name: "the pod's securityContext",
        fields: ["seLinuxOptions", "windowsOptions", "runAsUser", "runAsGroup", "runAsNonRoot", "supplementalGroups",
                 "supplementalGroupsPolicy", "fsGroup", "sysctls", "fsGroupChangePolicy", "seccompProfile", "appArmorProfile",
                 "seLinuxChangePolicy"],
        children: ["seLinuxOptions": seLinuxOptions, "windowsOptions": windowsOptions, "seccompProfile": seccompProfile,
                   "appArmorProfile": appArmorProfile])

    private static let containerFields = [
        "name", "image", "command", "args", "workingDir", "ports", "envFrom", "env", "resources", "resizePolicy", "restartPolicy",
        "restartPolicyRules", "volumeMounts", "volumeDevices", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle",
        "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy", "securityContext", "stdin", "stdinOnce", "tty",
    ]
    static let container = Schema(name: "a container", fields: containerFields, children: ["securityContext": containerSecurityContext])
    static let ephemeralContainer = Schema(name: "an ephemeral container", fields: containerFields + ["targetContainerName"],
                                           children: ["securityContext": containerSecurityContext])

    static let podSpec = Schema(
        name: "a pod spec",
        fields: ["volumes", "initContainers", "containers", "ephemeralContainers", "restartPolicy", "terminationGracePeriodSeconds",
                 "activeDeadlineSeconds", "dnsPolicy", "nodeSelector", "serviceAccountName", "serviceAccount",
                 "automountServiceAccountToken", "nodeName", "hostNetwork", "hostPID", "hostIPC", "shareProcessNamespace",
                 "securityContext", "imagePullSecrets", "hostname", "subdomain", "affinity", "schedulerName", "tolerations",
                 "hostAliases", "priorityClassName", "priority", "dnsConfig", "readinessGates", "runtimeClassName",
                 "enableServiceLinks", "preemptionPolicy", "overhead", "topologySpreadConstraints", "setHostnameAsFQDN", "os",
                 "hostUsers", "schedulingGates", "resourceClaims", "resources", "hostnameOverride", "schedulingGroup"],
        children: ["securityContext": podSecurityContext],
        listChildren: ["containers": container, "initContainers": container, "ephemeralContainers": ephemeralContainer])

    static let policyRule = Schema(name: "an RBAC rule", fields: ["verbs", "apiGroups", "resources", "resourceNames", "nonResourceURLs"])

    private static let networkPolicyPort = Schema(name: "a NetworkPolicy port", fields: ["protocol", "port", "endPort"])
    private static let networkPolicyPeer = Schema(name: "a NetworkPolicy peer", fields: ["podSelector", "namespaceSelector", "ipBlock"])
    static let networkPolicySpec = Schema(
        name: "a NetworkPolicy spec", fields: ["podSelector", "ingress", "egress", "policyTypes"],
        listChildren: [
            "ingress": Schema(name: "a NetworkPolicy ingress rule", fields: ["ports", "from"],
                              listChildren: ["ports": networkPolicyPort, "from": networkPolicyPeer]),
            "egress": Schema(name: "a NetworkPolicy egress rule", fields: ["ports", "to"],
                             listChildren: ["ports": networkPolicyPort, "to": networkPolicyPeer]),
        ])

    /// Every key of `node` (and of the mappings its schema nests) that the schema does not know.
    /// Keys starting with `$` are strategic-merge directives, not fields. Iterative: the schemas
    /// nest a few levels, and each node is visited once.
    static func unknownFields(in node: YAMLNode, schema: Schema) -> [UnknownField] {
        var found: [UnknownField] = []
        var pending: [(node: YAMLNode, schema: Schema)] = [(node, schema)]
        while let (node, schema) = pending.popLast() {
            guard node.isMapping else { continue }
            for entry in node.entries {
                if let child = schema.children[entry.key] {
                    pending.append((entry.value, child))
                } else if let child = schema.listChildren[entry.key] {
                    pending += entry.value.items.map { ($0, child) }
                } else if !schema.fields.contains(entry.key), !entry.key.hasPrefix("$") {
                    found.append(UnknownField(key: entry.key, line: entry.keyLine, schema: schema.name,
                                              nearest: NearestWord.nearest(to: entry.key, among: schema.fields)))
                }
            }
        }
        return found.sorted { $0.line < $1.line }
    }
}

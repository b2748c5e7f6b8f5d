import InfragateRules

/// The policy's `kubernetes:` section: the Pod Security Standards profile every workload must meet
/// (nil: none beyond what the namespaces of the tree enforce).
public struct KubernetesPolicy: Hashable, Sendable {
    public typealias PodSecurityProfile = RuleParameters.PodSecurityProfile

    public var podSecurity: PodSecurityProfile?

    public static let defaults = KubernetesPolicy()

    public init(podSecurity: PodSecurityProfile? = nil) {
        self.podSecurity = podSecurity
    }

    /// Dropping the profile, or lowering `restricted` to `baseline`, lets weaker pods in.
    func relaxations(in proposed: KubernetesPolicy) -> [String] {
        guard let before = podSecurity else { return [] }
        guard let after = proposed.podSecurity else { return ["kubernetes.pod_security removed (was \(before.rawValue))"] }
        return after < before ? ["kubernetes.pod_security lowered from \(before.rawValue) to \(after.rawValue)"] : []
    }
}

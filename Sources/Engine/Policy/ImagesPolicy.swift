import InfragateRules

/// The policy's `images:` section: the registries images may be pulled from, in Kubernetes
/// containers, Compose services and Dockerfile `FROM` lines (nil: any registry, and no rule asks).
public struct ImagesPolicy: Hashable, Sendable {
    public var allowedRegistries: RegistryAllowlist?

    public static let defaults = ImagesPolicy()

    public init(allowedRegistries: RegistryAllowlist? = nil) {
        self.allowedRegistries = allowedRegistries
    }

    /// Dropping the list, or adding an entry no entry of the list before covers, lets more images in;
    /// narrowing an entry (`ghcr.io` to `ghcr.io/acme`) or removing one does not.
    func relaxations(in proposed: ImagesPolicy) -> [String] {
        guard let before = allowedRegistries else { return [] }
        guard let after = proposed.allowedRegistries else { return ["images.allowed_registries removed"] }
        return after.entries.filter { entry in !before.entries.contains { entry.isCovered(by: $0) } }
            .map { "images.allowed_registries adds \($0.text)" }
    }
}

extension Policy {
    /// What the policy tells rules to judge against, handed to every pack with each file.
    public var ruleParameters: RuleParameters {
        RuleParameters(allowedRegistries: images.allowedRegistries, podSecurityProfile: kubernetes.podSecurity,
                       rowLevelSecuritySchemas: Set(sql.rowLevelSecuritySchemas), minimumLogRetentionDays: logs.minimumRetentionDays)
    }
}

/// Values from the trusted policy that some rules judge against (the registries images may come
/// from, the Pod Security profile every workload must meet). The engine hands them to a pack with
/// each file, as it hands the secrets pack its minimum entropy; rules never see the policy itself.
/// The defaults leave every such rule silent.
public struct RuleParameters: Hashable, Sendable {
    /// A Pod Security Standards profile the policy may require of every workload
    /// (`kubernetes.pod_security`), at the standard's latest version.
    public enum PodSecurityProfile: String, CaseIterable, Comparable, Sendable {
        case baseline, restricted

        public static func < (lhs: PodSecurityProfile, rhs: PodSecurityProfile) -> Bool {
            lhs == .baseline && rhs == .restricted
        }
    }

    /// Where images may be pulled from (`images.allowed_registries`); nil when the policy names
    /// none, and then no image is judged by its registry.
    public var allowedRegistries: RegistryAllowlist?
    /// The profile every workload must meet (`kubernetes.pod_security`); nil when the policy sets none.
    public var podSecurityProfile: PodSecurityProfile?
    /// The schemas whose tables need row-level security (`sql.rls_schemas`); empty: none is asked for.
    public var rowLevelSecuritySchemas: Set<String>
    /// How many days logs must be kept (`logs.minimum_retention_days`); nil: each retention rule's
    /// own minimum.
    public var minimumLogRetentionDays: Int?

    public static let defaults = RuleParameters()

    public init(allowedRegistries: RegistryAllowlist? = nil, podSecurityProfile: PodSecurityProfile? = nil, rowLevelSecuritySchemas: Set<String> = [],
                minimumLogRetentionDays: Int? = nil) {
        self.allowedRegistries = allowedRegistries
        self.podSecurityProfile = podSecurityProfile
        self.rowLevelSecuritySchemas = rowLevelSecuritySchemas
        self.minimumLogRetentionDays = minimumLogRetentionDays
    }

    /// The policy text that sets these values, for documentation of examples; nil for the defaults.
    public var policyText: String? {
        let sections = [
            allowedRegistries.map { "images: { allowed_registries: [\($0.entries.map(\.text).joined(separator: ", "))] }" },
            podSecurityProfile.map { "kubernetes: { pod_security: \($0.rawValue) }" },
            rowLevelSecuritySchemas.isEmpty ? nil : "sql: { rls_schemas: [\(rowLevelSecuritySchemas.sorted().joined(separator: ", "))] }",
            minimumLogRetentionDays.map { "logs: { minimum_retention_days: \($0) }" },
        ].compactMap { $0 }
        return sections.isEmpty ? nil : sections.joined(separator: "\n")
    }
}

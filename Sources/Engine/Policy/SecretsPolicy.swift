import InfragateRules

/// The policy's `secrets:` section: whether every changed text file is scanned for credentials, which
/// paths are not, which reviewed findings are accepted, and how random a generic value must be.
public struct SecretsPolicy: Hashable, Sendable {
    /// A reviewed finding accepted by its fingerprint (as `json` and `sarif` report it): a false
    /// positive, or a secret already in history and revoked (a baseline).
    public struct Allowance: Hashable, Sendable {
        public let fingerprint: String
        public let reason: String

        public init(fingerprint: String, reason: String) {
            self.fingerprint = fingerprint
            self.reason = reason
        }
    }

    public var isEnabled = true
    /// Only these paths escape the secrets scan; the top-level `paths.exclude` does not apply to it.
    public var excludedPaths: [Glob] = []
    public var allowed: [Allowance] = []
    public var minimumEntropy = SecretsPack.defaultMinimumEntropy

    public static let defaults = SecretsPolicy()

    public init() {}

    public func scans(path: String) -> Bool {
        isEnabled && !excludedPaths.contains { $0.matches(path: path) }
    }

    public func allowance(forFingerprint fingerprint: String) -> Allowance? {
        allowed.first { $0.fingerprint == fingerprint }
    }

    func relaxations(in proposed: SecretsPolicy) -> [String] {
        var found: [String] = []
        if isEnabled && !proposed.isEnabled { found.append("secrets.enabled turned off") }
        let excluded = Set(excludedPaths.map(\.pattern))
        for glob in proposed.excludedPaths where !excluded.contains(glob.pattern) {
            found.append("secrets.paths.exclude adds \(glob.pattern)")
        }
        let allowedBefore = Set(allowed.map(\.fingerprint))
        for allowance in proposed.allowed where !allowedBefore.contains(allowance.fingerprint) {
            found.append("secrets.allow adds \(allowance.fingerprint)")
        }
        if proposed.minimumEntropy > minimumEntropy {
            found.append("secrets.min_entropy raised from \(minimumEntropy) to \(proposed.minimumEntropy)")
        }
        return found
    }
}

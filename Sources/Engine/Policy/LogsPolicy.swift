/// The policy's `logs:` section: how long logs must be kept, for the rules that judge a retention
/// (`minimum_retention_days`, or `retention_profile: hipaa` for HIPAA's six years).
public struct LogsPolicy: Hashable, Sendable {
    /// HIPAA keeps required documentation six years (45 CFR 164.316(b)(2)); 2,192 days covers the
    /// leap days, and is a retention CloudWatch accepts.
    public static let hipaaDays = 2192

    public var minimumRetentionDays: Int?

    public static let defaults = LogsPolicy()

    public init(minimumRetentionDays: Int? = nil) {
        self.minimumRetentionDays = minimumRetentionDays
    }

    /// Dropping or shortening the minimum lets shorter retentions pass.
    func relaxations(in proposed: LogsPolicy) -> [String] {
        guard let before = minimumRetentionDays else { return [] }
        guard let after = proposed.minimumRetentionDays else { return ["logs.minimum_retention_days removed (was \(before))"] }
        return after < before ? ["logs.minimum_retention_days lowered from \(before) to \(after)"] : []
    }
}

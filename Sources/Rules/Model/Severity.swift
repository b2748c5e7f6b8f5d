/// How bad a finding is; ordered so that `fail_on: high` means "high or worse".
public enum Severity: String, CaseIterable, Comparable, Codable, Sendable {
    case info, low, medium, high, critical

    private var rank: Int {
        switch self {
        case .info: return 0
        case .low: return 1
        case .medium: return 2
        case .high: return 3
        case .critical: return 4
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

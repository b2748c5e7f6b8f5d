/// How bad a finding is; ordered so that `fail_on: high` means "high or worse".
public enum Severity: String, CaseIterable, Comparable, Codable, Sendable {
    case info, low, medium, high, critical

    private var rank: Int { Severity.allCases.firstIndex(of: self)! }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

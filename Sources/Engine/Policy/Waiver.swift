/// A documented, optionally time-boxed exception: one rule, on the paths that match.
public struct Waiver: Hashable, Sendable {
    public let ruleID: String
    /// The paths it covers; nil covers every path.
    public let path: Glob?
    public let reason: String
    /// The last day it applies (inclusive, UTC); nil never expires.
    public let expires: CalendarDay?

    public init(ruleID: String, path: Glob?, reason: String, expires: CalendarDay?) {
        self.ruleID = ruleID
        self.path = path
        self.reason = reason
        self.expires = expires
    }

    /// Whether it names this rule and covers this path, expired or not.
    public func covers(ruleID: String, path: String) -> Bool {
        self.ruleID == ruleID.uppercased() && (self.path?.matches(path: path) ?? true)
    }

    /// An expiry day still counts: a waiver that `expires: 2027-03-31` applies all of that day.
    public func isExpired(on day: CalendarDay) -> Bool {
        expires.map { $0 < day } ?? false
    }
}

/// The waiver a finding falls under. An expired one no longer applies, but is still reported so
/// the user learns why a finding that used to pass now fails.
public enum WaiverMatch: Hashable, Sendable {
    case active(Waiver)
    case expired(Waiver)

    public var waiver: Waiver {
        switch self {
        case .active(let waiver), .expired(let waiver): return waiver
        }
    }
}

import InfragateRules

/// The verdict on one updated ref.
public struct RefVerdict: Sendable {
    public let update: RefUpdate
    /// Branch-protection denials (force push, deletion), independent of findings.
    public let denials: [String]
    /// The judged files of the new commits, or nil when nothing was scanned (deletion, exempt tag).
    public let report: GateReport?
    public let commitsJudged: Int

    public var passed: Bool { denials.isEmpty && (report?.decision.passed ?? true) }
}

/// A bypass the policy honoured; always printed as an audit line.
public struct BypassAudit: Sendable {
    public let pusher: String
    public let reason: String
}

/// One decision for the whole push: git accepts or rejects every ref together.
public struct PushVerdict: Sendable {
    public let refs: [RefVerdict]
    public let policySource: String
    public let platform: Platform
    /// Set when a break-glass bypass accepted a push that would have been rejected.
    public let bypass: BypassAudit?
    public let notices: [String]

    public var accepted: Bool { bypass != nil || refs.allSatisfy(\.passed) }
}

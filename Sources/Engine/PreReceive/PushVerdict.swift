import InfragateRules

/// The verdict on one updated ref.
public struct RefVerdict: Sendable {
    public let update: RefUpdate
    /// The ref the update finally moves, after the server's symbolic refs (`trunk -> main`).
    public let target: String
    public let isProtected: Bool
    /// Branch-protection denials (force push, deletion), independent of findings.
    public let denials: [String]
    /// The judged files of the new commits, or nil when nothing was scanned (deletion, exempt tag).
    public let report: GateReport?
    /// The commits the update makes reachable from the ref: all of them count, judged or cached.
    public let newCommits: Int
    /// Of those, the commits the verdict cache vouched for, which were not judged again.
    public let commitsFromCache: Int

    public var passed: Bool { denials.isEmpty && findingsPassed }
    /// Whether the findings let the update through: they pass, or the policy's `mode: report` only reports them.
    public var findingsPassed: Bool { !(report?.decision.blocks ?? false) }
}

/// A bypass the policy honoured; always printed and appended to the audit log.
public struct BypassAudit: Sendable {
    public let pusher: String
    public let reason: String
    public let auditLog: String
}

/// One decision for the whole push: git accepts or rejects every ref together.
public struct PushVerdict: Sendable {
    public let refs: [RefVerdict]
    public let policySource: String
    public let platform: Platform
    /// Set when a break-glass bypass lifted the findings of a push that would have been rejected.
    public let bypass: BypassAudit?
    /// Whether that bypass may also lift force-push and deletion denials (`bypass.protection`).
    public let bypassLiftsProtection: Bool
    public let notices: [String]

    init(refs: [RefVerdict], policySource: String, platform: Platform, bypass: BypassAudit?, bypassLiftsProtection: Bool, notices: [String]) {
        self.refs = refs
        self.policySource = policySource
        self.platform = platform
        self.bypass = bypass
        self.bypassLiftsProtection = bypassLiftsProtection
        // The ref reports are redacted already; these notices come from the push itself.
        self.notices = notices.map(SecretRedactor.redact)
    }

    public var accepted: Bool {
        guard bypass != nil else { return refs.allSatisfy(\.passed) }
        return bypassLiftsProtection || refs.allSatisfy(\.denials.isEmpty)
    }
}

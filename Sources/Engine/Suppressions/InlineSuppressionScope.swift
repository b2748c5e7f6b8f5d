/// Which rules `# infragate:ignore` may suppress, as the policy's `inline_suppressions` says
/// (`true`, `false`, or a list of rule ids). The gate's own findings (`GATE-*`) are never in
/// scope: a file cannot vouch for itself being unreadable or for a relaxed policy; only the
/// trusted policy can lower them (`rules:` severity or a waiver).
public enum InlineSuppressionScope: Hashable, Sendable {
    case none
    /// Upper-case rule ids; never empty (an empty list reads as `.none`).
    case only(Set<String>)
    case all

    /// Whether `ruleID` names one of the gate's own findings. Every one is `GATE-…`, so a rule added
    /// later is covered without a list to keep in sync.
    public static func isGateRule(_ ruleID: String) -> Bool {
        ruleID.uppercased().hasPrefix("GATE-")
    }

    public func permits(ruleID: String) -> Bool {
        let ruleID = ruleID.uppercased()
        guard !Self.isGateRule(ruleID) else { return false }
        switch self {
        case .none: return false
        case .only(let ruleIDs): return ruleIDs.contains(ruleID)
        case .all: return true
        }
    }

    /// What `proposed` lets a file suppress that this scope does not, in words; nil when nothing.
    public func widening(to proposed: InlineSuppressionScope) -> String? {
        switch (self, proposed) {
        case (_, .none), (.all, _): return nil
        case (.none, .all): return "enabled"
        case (.only, .all): return "enabled for every rule"
        case (.none, .only(let added)): return "enabled for \(added.sorted().joined(separator: ", "))"
        case (.only(let before), .only(let after)):
            let added = after.subtracting(before)
            return added.isEmpty ? nil : "extended to \(added.sorted().joined(separator: ", "))"
        }
    }

    /// A stable spelling, for the verdict cache's key and for messages.
    public var description: String {
        switch self {
        case .none: return "false"
        case .only(let ruleIDs): return "[" + ruleIDs.sorted().joined(separator: ", ") + "]"
        case .all: return "true"
        }
    }
}

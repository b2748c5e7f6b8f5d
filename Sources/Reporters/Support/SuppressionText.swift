import InfragateEngine

/// How every format names a suppressed finding's authority, so a reviewer sees what was hidden and
/// who vouched for it: the file's own comment, or the policy (and which one).
enum SuppressionText {
    static func authority(of suppressed: SuppressedFinding, policySource: String) -> String {
        switch suppressed.authority {
        case .inline: return "inline comment"
        case .waiver: return "waiver in policy \(policySource)"
        case .ruleOff: return "turned off by policy \(policySource)"
        }
    }

    /// `inline comment: why it is safe`.
    static func justification(of suppressed: SuppressedFinding, policySource: String) -> String {
        "\(authority(of: suppressed, policySource: policySource)): \(suppressed.reason)"
    }

    /// `3 findings suppressed (1 inline, 1 by waiver, 1 turned off by the policy)`.
    static func summary(of suppressed: [SuppressedFinding]) -> String {
        let count = { (authority: SuppressedFinding.Authority) in suppressed.filter { $0.authority == authority }.count }
        return "\(counted(suppressed.count, "finding")) suppressed (\(count(.inline)) inline, \(count(.waiver)) by waiver, "
            + "\(count(.ruleOff)) turned off by the policy)"
    }
}

extension GateReport {
    /// The suppressed findings by place, then rule.
    var orderedSuppressed: [SuppressedFinding] {
        suppressed.sorted { lhs, rhs in
            let (left, right) = (lhs.finding, rhs.finding)
            if left.path != right.path { return left.path < right.path }
            if left.line != right.line { return left.line < right.line }
            if left.ruleID != right.ruleID { return left.ruleID < right.ruleID }
            return left.fingerprint < right.fingerprint
        }
    }
}

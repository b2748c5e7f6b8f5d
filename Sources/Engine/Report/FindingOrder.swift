extension JudgedFinding {
    /// The one order of findings: most severe first (policy level, then severity), then by place,
    /// so that every format lists findings alike and the most important survive any cap.
    static func mostSevereFirst(_ lhs: JudgedFinding, _ rhs: JudgedFinding) -> Bool {
        if lhs.level != rhs.level { return lhs.level > rhs.level }
        if lhs.finding.severity != rhs.finding.severity { return lhs.finding.severity > rhs.finding.severity }
        if lhs.finding.path != rhs.finding.path { return lhs.finding.path < rhs.finding.path }
        if lhs.finding.line != rhs.finding.line { return lhs.finding.line < rhs.finding.line }
        if lhs.finding.ruleID != rhs.finding.ruleID { return lhs.finding.ruleID < rhs.finding.ruleID }
        return lhs.finding.fingerprint < rhs.finding.fingerprint
    }
}

extension Array where Element == JudgedFinding {
    /// The one order of findings: most severe first (policy level, then severity), then by place, so that
    /// every format lists findings alike and the most important survive any cap. Indices are sorted and
    /// fields compared in place: copying whole findings into a comparator cost more than judging a
    /// finding-dense file.
    func sortedMostSevereFirst() -> [JudgedFinding] {
        let order = indices.sorted { left, right in
            if self[left].level != self[right].level { return self[left].level > self[right].level }
            if self[left].finding.severity != self[right].finding.severity { return self[left].finding.severity > self[right].finding.severity }
            if self[left].finding.path != self[right].finding.path { return self[left].finding.path < self[right].finding.path }
            if self[left].finding.line != self[right].finding.line { return self[left].finding.line < self[right].finding.line }
            if self[left].finding.ruleID != self[right].finding.ruleID { return self[left].finding.ruleID < self[right].finding.ruleID }
            return self[left].finding.fingerprint < self[right].finding.fingerprint
        }
        return order.map { self[$0] }
    }
}

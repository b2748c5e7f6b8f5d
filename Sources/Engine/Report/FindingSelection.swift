import InfragateRules

/// What the command line narrows a report to in `check` and `scan` (`--rule`, `--skip-rule`,
/// `--pack`, `--baseline`); `pre-receive` takes none of it, the trusted policy decides there. Every
/// finding left out is counted in a notice, and the gate's own findings (a file that could not be
/// read or parsed) are never selected away: they are what fail-closed means.
public struct FindingSelection: Sendable {
    /// Only these rules (empty: every rule).
    public var rules: Set<String> = []
    public var skippedRules: Set<String> = []
    /// Only rules of these packs (empty: every pack).
    public var packs: Set<FileKind> = []
    /// Fingerprints already accepted, with how many findings share each (`infragate baseline create`).
    public var baseline: [String: Int] = [:]

    public init(rules: Set<String> = [], skippedRules: Set<String> = [], packs: Set<FileKind> = [], baseline: [String: Int] = [:]) {
        self.rules = rules
        self.skippedRules = skippedRules
        self.packs = packs
        self.baseline = baseline
    }

    public var isEmpty: Bool { rules.isEmpty && skippedRules.isEmpty && packs.isEmpty && baseline.isEmpty }

    /// The catalog rules the selection leaves out: the gate does not run them (`Policy.rulesNotRun`).
    public var rulesLeftOut: Set<String> {
        guard !(rules.isEmpty && skippedRules.isEmpty && packs.isEmpty) else { return [] }
        let inPacks = Set(RuleCatalog.packs.filter { packs.contains($0.kind) }.flatMap { $0.rules.map(\.id) })
        return Set(RuleCatalog.all.lazy.map(\.id).filter { id in
            guard !GateRules.all.contains(where: { $0.id == id }) else { return false }
            return !rules.isEmpty && !rules.contains(id) || skippedRules.contains(id) || !packs.isEmpty && !inPacks.contains(id)
        })
    }

    /// Of the rules left out, those that never run: not one that runs anyway because its finding hides a
    /// selected rule's at the same place (`subsumes`), nor a secret detector while any detector is selected
    /// (they share one pass). What those find is counted among the findings not reported.
    func rulesNeverRun(leftOut: Set<String>) -> Int {
        let detectors = Set(SecretsPack.detectorIDs)
        let scansSecrets = detectors.contains { !leftOut.contains($0) }
        return RuleCatalog.all.filter { rule in
            leftOut.contains(rule.id) && !rule.subsumes.contains { !leftOut.contains($0) }
                && !(scansSecrets && detectors.contains(rule.id))
        }.count
    }

    func selects(_ ruleID: String) -> Bool {
        if GateRules.all.contains(where: { $0.id == ruleID }) { return true }
        if !rules.isEmpty && !rules.contains(ruleID) { return false }
        if skippedRules.contains(ruleID) { return false }
        return packs.isEmpty || RuleCatalog.packs(listing: ruleID).contains { packs.contains($0.kind) }
    }
}

extension GateReport {
    /// The report with only the selected findings, decided again under the same thresholds.
    public func narrowed(to selection: FindingSelection) -> GateReport {
        guard !selection.isEmpty else { return self }
        var notices = self.notices
        let selected = findings.filter { selection.selects($0.finding.ruleID) }
        let leftOut = selection.rulesLeftOut
        let neverRun = selection.rulesNeverRun(leftOut: leftOut)
        if neverRun > 0 {
            notices.append("\(neverRun) rule(s) outside --rule/--skip-rule/--pack not run")
        }
        if selected.count < findings.count {
            notices.append("\(findings.count - selected.count) finding(s) of rules outside --rule/--skip-rule/--pack not reported")
        }
        var remainingInBaseline = selection.baseline
        // The first occurrences in line order are the known ones; a construct repeated since is new.
        let inLineOrder = selected.indices.sorted { selected[$0].finding.line < selected[$1].finding.line }
        var known = Set<Int>()
        for index in inLineOrder {
            let fingerprint = selected[index].finding.fingerprint
            if let count = remainingInBaseline[fingerprint], count > 0 {
                remainingInBaseline[fingerprint] = count - 1
                known.insert(index)
            }
        }
        if !known.isEmpty {
            notices.append("\(known.count) finding(s) already in the baseline not reported; only new ones are")
        }
        let reported = selected.indices.filter { !known.contains($0) }.map { selected[$0] }
        let count = { (level: FindingLevel) in reported.filter { $0.level == level }.count }
        let decision = Decision(passed: count(.failure) == 0, failOn: decision.failOn, warnOn: decision.warnOn,
                                failures: count(.failure), warnings: count(.warning), notices: count(.notice), reportOnly: decision.reportOnly)
        return GateReport(scope: scope, policySource: policySource, findings: reported, suppressed: suppressed, skipped: skipped,
                          scanned: scanned, notices: notices, decision: decision, findingsPerRuleAndFile: findingsPerRuleAndFile)
    }
}

extension LoadedPolicy {
    /// The policy with the rules `selection` leaves out not run: what they would find is not reported.
    public func running(_ selection: FindingSelection) -> LoadedPolicy {
        var narrowed = self
        narrowed.policy.rulesNotRun = selection.rulesLeftOut
        return narrowed
    }
}

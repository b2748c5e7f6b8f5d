import InfragateRules

/// The policy's say over a file's findings: severity overrides and `off`, inline suppressions
/// (when allowed), waivers and their expiry. Rules never see the policy.
extension FileJudge {
    /// `text` and `kind`: the file whose comments may suppress its findings (nil for findings no file holds).
    func apply(policyTo findings: [Finding], text: String?, kind: FileKind?, path: String, into judgement: inout Judgement) {
        let scope = policy.inlineSuppressions
        // A Dockerfile comment is a whole line: BuildKit hands a trailing `# …` to the instruction.
        let inline = (scope == .none ? nil : text).map {
            InlineSuppressions.scan($0, knownRuleIDs: RuleCatalog.ids, scope: scope, trailingComments: kind != .dockerfile)
        }
        let peers = (scope == .none || !policy.peerSuppressions ? nil : text).map { PeerSuppressions.scan($0, kind: kind, scope: scope) }
        for problem in (inline?.problems ?? []) + (peers?.problems ?? []) {
            judgement.notices.append("\(path):\(problem.line): \(problem.message)")
        }
        if scope == .none, let text, text.containsBytes(of: "infragate:ignore") {
            judgement.notices.append("\(path): inline suppressions are disabled by the policy (inline_suppressions: false); they were not honoured")
        }
        for var finding in findings {
            guard let severity = policy.effectiveSeverity(ruleID: finding.ruleID, default: finding.severity) else {
                judgement.suppressed.append(SuppressedFinding(finding: finding, authority: .ruleOff, reason: "rules: \(finding.ruleID): off"))
                continue
            }
            finding.severity = severity
            if let suppression = inline?.suppression(for: finding.ruleID, line: finding.line) {
                judgement.suppressed.append(SuppressedFinding(finding: finding, authority: .inline, reason: suppression.reason))
                continue
            }
            if let suppression = peers?.suppression(for: finding.ruleID, line: finding.line) {
                judgement.suppressed.append(SuppressedFinding(finding: finding, authority: .inline, reason: suppression.reason))
                continue
            }
            switch policy.waiver(for: finding.ruleID, path: path, on: today) {
            case .active(let waiver)?:
                judgement.suppressed.append(SuppressedFinding(finding: finding, authority: .waiver, reason: waiver.reason))
                continue
            case .expired(let waiver)?:
                let scope = waiver.path.map { " on \($0.pattern)" } ?? ""
                let expiry = waiver.expires.map { " expired \($0)" } ?? " expired"
                judgement.notices.append("waiver for \(waiver.ruleID)\(scope)\(expiry); it no longer applies to \(path):\(finding.line)")
            case nil:
                break
            }
            judgement.findings.append(finding)
        }
    }
}

import InfragateEngine
import InfragateRules

/// What the pusher reads (git prefixes each line with `remote:`): short and useful — per finding
/// `path:line  RULE-ID  title` and the fix, the commit when it is not the tip, totals, the threshold
/// that failed, and how to waive a finding legitimately. On GitLab every line of a rejection carries
/// `GL-HOOK-ERR: ` so the web UI shows it; an accepted push prints plain lines, since GitLab shows a
/// `GL-HOOK-ERR:` line as the reason a push failed.
public enum PushReport {
    /// A pusher reads this in a terminal: the most severe findings, then a count of the rest.
    static let shownFindingsPerRef = 25

    public static func render(_ verdict: PushVerdict) -> String {
        var lines: [String] = []
        let outcome = verdict.accepted ? (verdict.bypass != nil ? "ACCEPTED BY BYPASS" : "accepted") : "REJECTED"
        lines.append("infragate: push \(outcome) (policy: \(Sanitizer.clean(verdict.policySource)))")
        if let bypass = verdict.bypass {
            lines.append("infragate AUDIT: bypass by \(Sanitizer.clean(bypass.pusher)): \(Sanitizer.clean(bypass.reason)) (recorded in \(Sanitizer.clean(bypass.auditLog)))")
        }
        for ref in verdict.refs {
            lines.append(contentsOf: render(ref))
        }
        for notice in verdict.notices {
            lines.append("note: \(Sanitizer.clean(notice))")
        }
        if !verdict.accepted {
            let failures = verdict.refs.compactMap(\.report).reduce(0) { $0 + $1.decision.failures }
            let warnings = verdict.refs.compactMap(\.report).reduce(0) { $0 + $1.decision.warnings }
            let denials = verdict.refs.reduce(0) { $0 + $1.denials.count }
            lines.append("totals: \(failures) failing finding(s), \(warnings) warning(s), \(denials) branch-protection denial(s)")
            lines.append("to waive a finding legitimately: fix it, or add `# infragate:ignore RULE-ID reason` on its line where the policy allows inline suppressions, or ask the policy owners for a waiver (rule, path, reason, expiry); `infragate explain RULE-ID` shows the rule")
        }
        let prefix = verdict.platform == .gitlab && !verdict.accepted ? "GL-HOOK-ERR: " : ""
        return lines.map { prefix + $0 }.joined(separator: "\n") + "\n"
    }

    /// The deadline passed before a verdict: rejected, or accepted under `on_timeout: accept` with
    /// the files nobody judged (all of them are in the audit log).
    public static func renderTimeout(seconds: Double, accepted: Bool, auditLog: String, unjudged: [String], problem: String?, platform: Platform) -> String {
        var lines = ["infragate: could not finish within the \(seconds)s deadline"]
        if accepted {
            lines.append("infragate: push accepted (on_timeout: accept); recorded in \(Sanitizer.clean(auditLog)); not judged:")
            lines += unjudged.prefix(shownFindingsPerRef).map { "  \(Sanitizer.clean($0))" }
            if unjudged.count > shownFindingsPerRef {
                lines.append("  … and \(unjudged.count - shownFindingsPerRef) more (all listed in the audit log)")
            }
        } else {
            lines.append("infragate: push rejected (\(problem.map(Sanitizer.clean) ?? "on_timeout: reject"))")
        }
        let prefix = platform == .gitlab && !accepted ? "GL-HOOK-ERR: " : ""
        return lines.map { prefix + $0 }.joined(separator: "\n") + "\n"
    }

    /// What was hidden, and on whose authority: a pusher and a reviewer of the log see it either way.
    private static func suppressedLines(of report: GateReport) -> [String] {
        guard !report.suppressed.isEmpty else { return [] }
        let suppressed = report.orderedSuppressed
        var lines = ["  \(SuppressionText.summary(of: suppressed)), not counted:"]
        for entry in suppressed.prefix(shownFindingsPerRef) {
            let finding = entry.finding
            lines.append("    - \(Sanitizer.clean(finding.path)):\(finding.line)  \(finding.ruleID)  "
                + Sanitizer.clean(SuppressionText.justification(of: entry, policySource: report.policySource)))
        }
        if suppressed.count > shownFindingsPerRef {
            lines.append("    … and \(suppressed.count - shownFindingsPerRef) more (`--format json` lists every one)")
        }
        return lines
    }

    private static func render(_ ref: RefVerdict) -> [String] {
        let name = Sanitizer.clean(ref.update.refName)
        var lines: [String] = []
        if ref.update.isDeletion {
            lines.append("\(name): deleted\(ref.denials.isEmpty ? "" : " — DENIED")")
        } else if let report = ref.report {
            let state = report.decision.passed ? "passed" : ref.findingsPassed ? "would fail; accepted because the policy says mode: report" : "FAILED"
            lines.append("\(name): \(Sanitizer.clean(report.scope)) — \(state) (fails on \(report.decision.failOn.rawValue) and above)")
            let tip = ref.update.newID
            let shown = report.findings.filter { $0.level != .notice }
            for judged in shown.prefix(shownFindingsPerRef) {
                let finding = judged.finding
                let marker = judged.level == .failure ? "✗" : "!"
                var line = "  \(marker) \(Sanitizer.clean(finding.path)):\(finding.line)  \(finding.ruleID)  \(Sanitizer.clean(finding.title))"
                if let commit = finding.commit, commit != tip { line += "  [commit \(commit.prefix(10))]" }
                lines.append(line)
                if judged.level == .failure {
                    lines.append("      \(Sanitizer.clean(finding.message))")
                    lines.append("      fix: \(Sanitizer.clean(finding.recommendation))")
                }
            }
            if shown.count > shownFindingsPerRef {
                lines.append("  … and \(shown.count - shownFindingsPerRef) more; run `infragate check --base <old> --head <new>` locally for the full list")
            }
            lines += suppressedLines(of: report)
            for notice in report.notices {
                lines.append("  note: \(Sanitizer.clean(notice))")
            }
            for skipped in report.skipped {
                lines.append("  skipped \(Sanitizer.clean(skipped.path)): \(Sanitizer.clean(skipped.detail))")
            }
        } else {
            lines.append("\(name): not scanned (exempt)")
        }
        lines += ref.denials.map { "  ✗ \(Sanitizer.clean($0))" }
        return lines
    }
}

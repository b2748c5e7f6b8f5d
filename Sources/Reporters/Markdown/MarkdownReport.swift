import InfragateEngine
import InfragateRules

/// The infrastructure checklist's audit report: one section per finding in the checklist's own
/// format, numbered most severe first, then what was suppressed or not judged, then the
/// Carry-Forward Summary of the whole tree. Text from the repository goes through `MarkdownText`,
/// so a file cannot add headings, links or HTML to the report.
struct MarkdownReport {
    let report: GateReport
    /// The tree the summary describes; the report itself when it covers the whole tree.
    let tree: TreeAudit

    func render() -> String {
        let decision = report.decision
        var lines = [
            "# Infrastructure security audit",
            "",
            "**Scope:** \(MarkdownText.inline(report.scope))  ",
            "**Policy:** \(MarkdownText.inline(report.policySource))  ",
            "**Decision:** \(decision.verdict): \(decision.explanation).",
            "",
            "## Findings",
            "",
        ]
        let numbered = Self.inSeverityOrder(report.findings.map(\.finding))
        if numbered.isEmpty {
            lines += ["No findings.", ""]
        }
        for (index, finding) in numbered.enumerated() {
            lines += section(finding, number: index + 1) + [""]
        }
        if !report.suppressed.isEmpty {
            lines += ["## Suppressed findings (not counted)", ""]
            lines += report.orderedSuppressed.map { entry in
                "- `\(entry.finding.ruleID)` at \(MarkdownText.inline("\(entry.finding.path):\(entry.finding.line)")): "
                    + MarkdownText.inline(SuppressionText.justification(of: entry, policySource: report.policySource))
            }
            lines.append("")
        }
        if !report.skipped.isEmpty {
            lines += ["## Files not judged", ""]
            lines += report.skipped.map { "- \(MarkdownText.inline($0.path)): \($0.reason.rawValue), \(MarkdownText.inline($0.detail))" }
            lines.append("")
        }
        if !report.notices.isEmpty {
            lines += ["## Notices", ""]
            lines += report.notices.map { "- \(MarkdownText.inline($0))" }
            lines.append("")
        }
        lines += ["## Carry-Forward Summary", "", "From the whole tree: \(MarkdownText.inline(tree.report.scope)).", ""]
        lines += CarryForwardSummary(tree: tree).items.enumerated().map { index, item in
            "\(index + 1). **\(item.name):** \(item.text)"
        }
        return lines.joined(separator: "\n")
    }

    /// The checklist's section; each line ends in a hard break so that it renders as its own line.
    private func section(_ finding: Finding, number: Int) -> [String] {
        let location = finding.line > 0 ? "\(finding.path):\(finding.line)" : finding.path
        var fields = [
            "**Severity:** \(Self.severityName(finding.severity))",
            "**OWASP:** \(Self.owaspName(finding.owasp))",
            "**CWE:** " + (finding.cwe > 0 ? "CWE-\(finding.cwe)" : "none"),
            "**Location:** \(MarkdownText.inline(location))",
            "**Issue:** \(MarkdownText.inline(finding.message))",
            "**Recommendation:** \(MarkdownText.inline(finding.recommendation)) (rule `\(finding.ruleID)`)",
        ]
        for index in fields.indices.dropLast() {
            fields[index] += "  "
        }
        return ["### [\(Self.identifier(number))] \(MarkdownText.inline(finding.title))"] + fields
    }

    /// `INFRA-001`: three digits at least, as the checklist numbers them.
    static func identifier(_ number: Int) -> String {
        let digits = String(number)
        return "INFRA-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// Severity, then place: the audit ranks by severity alone, whatever the policy's levels.
    static func inSeverityOrder(_ findings: [Finding]) -> [Finding] {
        findings.sorted { left, right in
            if left.severity != right.severity { return left.severity > right.severity }
            if left.path != right.path { return left.path < right.path }
            if left.line != right.line { return left.line < right.line }
            return left.ruleID < right.ruleID
        }
    }

    static func severityName(_ severity: Severity) -> String {
        severity.rawValue.prefix(1).uppercased() + severity.rawValue.dropFirst()
    }

    /// `A05:2021 Security Misconfiguration` → `A05:2021 - Security Misconfiguration`, the checklist's spelling.
    static func owaspName(_ owasp: String) -> String {
        guard let space = owasp.firstIndex(of: " ") else { return owasp }
        return owasp[..<space] + " - " + owasp[owasp.index(after: space)...]
    }
}

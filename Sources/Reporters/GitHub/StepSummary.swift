import InfragateEngine

/// The job summary for `$GITHUB_STEP_SUMMARY`: the decision first, then every finding in a table,
/// skipped files and notices, ending with a newline so the next step's Markdown starts on its own
/// line. GitHub accepts at most 1 MiB per step, so a longer summary is cut at a line and ends with
/// a note saying so.
public enum StepSummary {
    public static let byteLimit = 1_048_576
    /// Room kept for the truncation note.
    static let noteReserve = 1_024

    public static func markdown(_ report: GateReport) -> String {
        let (lines, findingRows) = document(for: report)
        let full = lines.joined(separator: "\n") + "\n"
        guard full.utf8.count > byteLimit else { return full }

        var kept: [String] = []
        var used = 0
        for line in lines {
            let cost = line.utf8.count + 1
            guard used + cost <= byteLimit - noteReserve else { break }
            kept.append(line)
            used += cost
        }
        let rowsShown = findingRows.clamped(to: 0..<kept.count).count
        let rowsCut = findingRows.count - rowsShown
        let otherLinesCut = lines.count - kept.count - rowsCut
        var cut = ["\(rowsCut) of \(counted(findingRows.count, "finding"))"]
        if otherLinesCut > 0 {
            cut.append("\(counted(otherLinesCut, "line")) of the sections after them (skipped files, suppressed findings, notices)")
        }
        kept += ["", "_Truncated at 1 MiB, GitHub's limit for a step summary: \(cut.joined(separator: " and ")) not shown. "
            + "The JSON report (`--report json=PATH`) lists everything; SARIF keeps the 25,000 most severe._"]
        return kept.joined(separator: "\n") + "\n"
    }

    /// The lines, and which of them are the findings' rows.
    private static func document(for report: GateReport) -> (lines: [String], findingRows: Range<Int>) {
        let decision = report.decision
        var lines = [
            "## infragate: \(decision.passed ? "✅ passed" : "❌ failed")",
            "",
            "**\(decision.verdict)**: \(decision.explanation).",
            "",
            "Scope: \(MarkdownText.cell(report.scope)) · Policy: \(MarkdownText.cell(report.policySource)) · "
                + "\(counted(report.scanned.count, "file")) scanned · \(report.suppressed.count) suppressed",
        ]
        var findingRows = lines.count..<lines.count
        if !report.findings.isEmpty {
            lines += ["", "| Level | Severity | Rule | Location | Finding |", "| --- | --- | --- | --- | --- |"]
            findingRows = lines.count..<lines.count + report.findings.count
            lines += report.findings.map(row)
        }
        if !report.skipped.isEmpty {
            lines += ["", "### Skipped files (not judged)", "", "| File | Reason | Detail |", "| --- | --- | --- |"]
            lines += report.skipped.map { skipped in
                "| \(MarkdownText.cell(skipped.path)) | \(skipped.reason.rawValue) | \(MarkdownText.cell(skipped.detail)) |"
            }
        }
        if !report.suppressed.isEmpty {
            lines += ["", "### Suppressed findings (not counted)", "", "| Rule | Location | Authority | Reason |", "| --- | --- | --- | --- |"]
            lines += report.orderedSuppressed.map { entry in
                let finding = entry.finding
                return "| \(MarkdownText.cell(finding.ruleID)) | \(MarkdownText.cell("\(finding.path):\(finding.line)")) "
                    + "| \(MarkdownText.cell(SuppressionText.authority(of: entry, policySource: report.policySource))) "
                    + "| \(MarkdownText.cell(entry.reason)) |"
            }
        }
        if !report.notices.isEmpty {
            lines += ["", "### Notices", ""]
            lines += report.notices.map { "- \(MarkdownText.cell($0))" }
        }
        return (lines, findingRows)
    }

    private static func row(_ judged: JudgedFinding) -> String {
        let finding = judged.finding
        let location = MarkdownText.cell("\(finding.path):\(finding.line)")
        let text = "**\(MarkdownText.cell(finding.title))**: \(MarkdownText.cell(finding.message)) "
            + "Fix: \(MarkdownText.cell(finding.recommendation))"
        return "| \(judged.level.rawValue) | \(finding.severity.rawValue) | \(MarkdownText.cell(finding.ruleID)) "
            + "| \(location) | \(text) |"
    }
}

import InfragateEngine
import InfragateRules

/// GitHub Actions annotations for the findings.
///
/// GitHub shows at most 10 annotations per level in a step and drops the rest silently, so the
/// most severe are emitted first, at most 10 per level, and a final notice says how many were
/// left out; the step summary (`StepSummary`) lists every finding.
struct GitHubAnnotations {
    static let perLevelLimit = 10

    let report: GateReport

    func render() -> String {
        let findings = report.findings
        let perLevel = Dictionary(grouping: findings, by: \.level).mapValues(\.count)
        // Notice slots are kept for the closing messages: what was suppressed, and what did not fit.
        let suppressionSlots = (report.suppressed.isEmpty ? 0 : 1) + (report.decision.reportOnly ? 1 : 0)
        let overflows = perLevel.contains { level, count in
            count > Self.perLevelLimit - (level == .notice ? suppressionSlots : 0)
        }
        let noticeLimit = Self.perLevelLimit - suppressionSlots - (overflows ? 1 : 0)
        var emitted: [FindingLevel: Int] = [:]
        var lines: [String] = []
        for judged in findings {
            let limit = judged.level == .notice ? noticeLimit : Self.perLevelLimit
            guard emitted[judged.level, default: 0] < limit else { continue }
            emitted[judged.level, default: 0] += 1
            lines.append(command(for: judged).line)
        }
        let left = findings.count - lines.count
        if report.decision.reportOnly {
            let message = "The policy's mode is report (mode: report): these findings are reported, but the gate does not fail the job."
            lines.append(WorkflowCommand(name: "notice", properties: [("title", "infragate mode: report")], message: message).line)
        }
        if !report.suppressed.isEmpty {
            let message = "\(SuppressionText.summary(of: report.suppressed)): not annotated, not counted. "
                + "The job summary lists each with its reason and authority."
            lines.append(WorkflowCommand(name: "notice", properties: [("title", "infragate suppressions")], message: message).line)
        }
        if left > 0 {
            let message = "\(counted(left, "more finding")) not annotated: GitHub shows only "
                + "\(Self.perLevelLimit) annotations per level in a step. The job summary lists all of them."
            lines.append(WorkflowCommand(name: "notice", properties: [("title", "infragate")], message: message).line)
        }
        return lines.joined(separator: "\n")
    }

    private func command(for judged: JudgedFinding) -> WorkflowCommand {
        let finding = judged.finding
        // The path stays exact so the annotation lands on the real file; escaping alone makes it inert.
        // Text people read is also made visible, so it cannot recolour the log.
        var properties: [(key: String, value: String)] = [("file", finding.path)]
        if finding.line > 0 {
            properties.append(("line", String(finding.line)))
            if let endLine = finding.endLine, endLine >= finding.line {
                properties.append(("endLine", String(endLine)))
            }
        }
        properties.append(("title", Sanitizer.clean("\(finding.ruleID): \(finding.title)")))
        let causes = finding.related.map { "\nCaused by \(Sanitizer.clean($0.path)):\($0.line)" }.joined()
        let message = "\(Sanitizer.clean(finding.message))\(causes)\nFix: \(Sanitizer.clean(finding.recommendation))"
        return WorkflowCommand(name: name(for: judged.level), properties: properties, message: message)
    }

    private func name(for level: FindingLevel) -> String {
        switch level {
        case .failure: return "error"
        case .warning: return "warning"
        case .notice: return "notice"
        }
    }
}

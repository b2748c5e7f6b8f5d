import InfragateEngine
import InfragateRules

/// The human-readable report: findings grouped by file (most severe file first), then skipped
/// files, suppressions, notices, totals and the decision.
///
/// Every line starts with text infragate chose (a label, `-`, `──`), never with repository text,
/// so a hostile path cannot begin a line with a `::` workflow command when this lands in a CI log.
struct TextReport {
    let report: GateReport
    let style: ANSIStyle

    func render() -> String {
        var lines = [header]
        lines += findingLines
        lines += skippedLines
        lines += suppressedLines
        lines += report.notices.map { "Notice: \(Sanitizer.clean($0))" }
        lines += ["", totals, decision]
        return lines.joined(separator: "\n")
    }

    private var header: String {
        "infragate · scope: \(Sanitizer.clean(report.scope)) · policy: \(Sanitizer.clean(report.policySource))"
    }

    private var findingLines: [String] {
        guard !report.findings.isEmpty else { return ["", "No findings."] }
        var lines: [String] = []
        for (path, findings) in findingsByFile() {
            lines.append("")
            lines.append(style.apply(.bold, to: "── \(Sanitizer.clean(path))"))
            for judged in findings {
                lines += describe(judged)
            }
        }
        return lines
    }

    /// Files in the order of their most severe finding; findings in a file most severe first.
    private func findingsByFile() -> [(path: String, findings: [JudgedFinding])] {
        var groups: [(path: String, findings: [JudgedFinding])] = []
        var groupIndex: [String: Int] = [:]
        for judged in report.findings {
            if let index = groupIndex[judged.finding.path] {
                groups[index].findings.append(judged)
            } else {
                groupIndex[judged.finding.path] = groups.count
                groups.append((judged.finding.path, [judged]))
            }
        }
        return groups
    }

    private func describe(_ judged: JudgedFinding) -> [String] {
        let finding = judged.finding
        let location = "\(Sanitizer.clean(finding.path)):\(finding.line)"
        let rule = style.apply(.bold, to: Sanitizer.clean(finding.ruleID))
        var lines = [
            "  \(label(for: judged.level))  \(location)  \(rule)  \(Sanitizer.clean(finding.title))  [\(finding.severity.rawValue)]",
            "        - \(Sanitizer.clean(finding.message))",
            "        - Fix: \(Sanitizer.clean(finding.recommendation))",
        ]
        for place in finding.related {
            lines.append("        - Caused by \(Sanitizer.clean(place.path)):\(place.line) (\(Sanitizer.clean(place.message)))")
        }
        if let commit = finding.commit {
            lines.append("        - Introduced in commit \(Sanitizer.clean(String(commit.prefix(12))))")
        }
        return lines
    }

    private func label(for level: FindingLevel) -> String {
        switch level {
        case .failure: return style.apply(.red, to: "FAIL")
        case .warning: return style.apply(.yellow, to: "WARN")
        case .notice: return style.apply(.cyan, to: "NOTE")
        }
    }

    private var skippedLines: [String] {
        guard !report.skipped.isEmpty else { return [] }
        return ["", "Skipped \(counted(report.skipped.count, "file")) (not judged):"]
            + report.skipped.map { skipped in
                let detail = skipped.detail.isEmpty ? "" : " — \(Sanitizer.clean(skipped.detail))"
                return "  - \(Sanitizer.clean(skipped.path)): \(skipped.reason.rawValue)\(detail)"
            }
    }

    private var suppressedLines: [String] {
        guard !report.suppressed.isEmpty else { return [] }
        return ["", "Not counted: \(SuppressionText.summary(of: report.suppressed)):"]
            + report.orderedSuppressed.map { entry in
                let finding = entry.finding
                return "  - \(Sanitizer.clean(finding.path)):\(finding.line)  \(Sanitizer.clean(finding.ruleID))  "
                    + Sanitizer.clean(SuppressionText.justification(of: entry, policySource: report.policySource))
            }
    }

    private var totals: String {
        let levels = Dictionary(grouping: report.findings, by: \.level).mapValues(\.count)
        return "Scanned \(counted(report.scanned.count, "file")); "
            + "\(counted(report.findings.count, "finding")): \(counted(levels[.failure] ?? 0, "failure")), "
            + "\(counted(levels[.warning] ?? 0, "warning")), \(counted(levels[.notice] ?? 0, "notice"))."
    }

    private var decision: String {
        let verdict = report.decision
        return style.apply(verdict.passed ? .green : .red, to: verdict.verdict) + ": \(verdict.explanation)."
    }
}

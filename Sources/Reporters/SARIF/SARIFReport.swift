import Foundation
import InfragateEngine
import InfragateRules

/// SARIF 2.1.0 for GitHub code scanning: one run, the rules that have findings, one result each.
/// Suppressed findings are results too, after the active ones, each with a `suppressions` entry
/// (`inSource` for an inline comment, `external` for the policy) whose justification names the
/// authority and the reason.
struct SARIFReport {
    static let fingerprintKey = "infragate/v1"
    /// Code scanning rejects a run with more results; the most severe are kept and the run says so.
    static let resultLimit = 25_000

    let report: GateReport
    let toolVersion: String
    /// Where rule documentation comes from; a finding whose rule is not listed is described from
    /// the finding itself.
    var catalog: [RuleDescription] = RuleCatalog.all

    func render() -> String {
        let ordered = report.findings
        let findings = Array(ordered.prefix(Self.resultLimit))
        let suppressed = Array(report.orderedSuppressed.prefix(Self.resultLimit - findings.count))
        var rules: [SARIFLog.Rule] = []
        var ruleIndex: [String: Int] = [:]
        for finding in findings.map(\.finding) + suppressed.map(\.finding) where ruleIndex[finding.ruleID] == nil {
            ruleIndex[finding.ruleID] = rules.count
            rules.append(rule(for: finding))
        }
        let active = findings.map { judged in
            result(for: judged.finding, level: Self.level(judged.level), ruleIndex: ruleIndex[judged.finding.ruleID] ?? 0)
        }
        let hidden = suppressed.map { entry in
            result(for: entry.finding, level: Self.defaultLevel(entry.finding.severity), ruleIndex: ruleIndex[entry.finding.ruleID] ?? 0,
                   suppression: SARIFLog.Suppression(
                       kind: entry.authority == .inline ? "inSource" : "external",
                       justification: SuppressionText.justification(of: entry, policySource: report.policySource)))
        }
        let omitted = ordered.count + report.suppressed.count - findings.count - suppressed.count
        let driver = SARIFLog.Driver(name: "infragate", version: toolVersion, rules: rules)
        let run = SARIFLog.Run(tool: .init(driver: driver), invocations: [invocation(omitting: omitted)], results: active + hidden)
        return JSONDocument.encode(SARIFLog(schema: SARIFLog.schemaURI, version: "2.1.0", runs: [run]))
    }

    private func invocation(omitting omitted: Int) -> SARIFLog.Invocation {
        guard omitted > 0 else { return SARIFLog.Invocation(executionSuccessful: true, toolExecutionNotifications: []) }
        let text = "\(counted(omitted, "less severe finding")) left out: code scanning accepts at most "
            + "\(Self.resultLimit) results per run. The JSON report lists all of them."
        return SARIFLog.Invocation(
            executionSuccessful: true, toolExecutionNotifications: [.init(level: "warning", message: .init(text: text))])
    }

    private func rule(for finding: Finding) -> SARIFLog.Rule {
        let description = catalog.first { $0.id == finding.ruleID }
        var markdown = finding.recommendation
        if finding.cwe > 0 {
            markdown += "\n\n[CWE-\(finding.cwe)](https://cwe.mitre.org/data/definitions/\(finding.cwe).html)"
        }
        var tags = ["security"]
        if finding.cwe > 0 {
            tags.append("external/cwe/cwe-\(finding.cwe)")
        }
        return SARIFLog.Rule(
            id: finding.ruleID,
            shortDescription: .init(text: finding.title),
            fullDescription: .init(text: description?.rationale ?? finding.title),
            help: .init(text: finding.recommendation, markdown: markdown),
            defaultConfiguration: .init(level: Self.defaultLevel(description?.severity ?? finding.severity)),
            properties: .init(tags: tags, securitySeverity: Self.securitySeverity(description?.severity ?? finding.severity)))
    }

    private func result(for finding: Finding, level: String, ruleIndex: Int, suppression: SARIFLog.Suppression? = nil) -> SARIFLog.Result {
        let related = finding.related.enumerated().map { index, place in
            SARIFLog.RelatedLocation(id: index + 1, physicalLocation: Self.location(place.path, line: place.line, endLine: nil),
                                     message: .init(text: place.message))
        }
        return SARIFLog.Result(
            ruleId: finding.ruleID,
            ruleIndex: ruleIndex,
            level: level,
            message: .init(text: finding.message),
            locations: [.init(physicalLocation: Self.location(finding.path, line: finding.line, endLine: finding.endLine))],
            relatedLocations: related.isEmpty ? nil : related,
            partialFingerprints: [Self.fingerprintKey: finding.fingerprint],
            suppressions: suppression.map { [$0] })
    }

    private static func location(_ path: String, line: Int, endLine: Int?) -> SARIFLog.PhysicalLocation {
        let startLine = max(line, 1)
        let uri = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        return SARIFLog.PhysicalLocation(artifactLocation: .init(uri: uri),
                                         region: .init(startLine: startLine, endLine: max(endLine ?? startLine, startLine)))
    }

    static func level(_ level: FindingLevel) -> String {
        switch level {
        case .failure: return "error"
        case .warning: return "warning"
        case .notice: return "note"
        }
    }

    /// The level a rule has before any policy: what code scanning shows for the rule itself.
    static func defaultLevel(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: return "error"
        case .medium: return "warning"
        case .low, .info: return "note"
        }
    }

    /// GitHub ranks code-scanning alerts by this score: >9 critical, 7–8.9 high, 4–6.9 medium, below low.
    static func securitySeverity(_ severity: Severity) -> String {
        switch severity {
        case .critical: return "9.5"
        case .high: return "8.0"
        case .medium: return "5.5"
        case .low: return "3.0"
        case .info: return "1.0"
        }
    }
}

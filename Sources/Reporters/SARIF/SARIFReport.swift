import Foundation
import InfragateEngine
import InfragateRules

/// SARIF 2.1.0 for GitHub code scanning: one run, the rules that have findings, one result each.
/// Suppressed findings are results too, after the active ones, each with a `suppressions` entry
/// (`inSource` for an inline comment, `external` for the policy) whose justification names the
/// authority and the reason.
///
/// GitHub's upload limits are kept by leaving out the least severe results (suppressed ones first)
/// and saying exactly what was cut in a run-level notification: 25,000 results per run, 1,000
/// locations per result, and 10 MB per file gzipped (measured only when the plain document is over
/// 10 MB: JSON text never grows when gzipped).
struct SARIFReport {
    static let fingerprintKey = "infragate/v1"
    /// GitHub's own key for deduplicating alerts; usually a hash of the line's text, here the
    /// finding's identity (rule, path, construct), so an alert survives lines moving above it.
    static let lineHashKey = "primaryLocationLineHash"
    static let resultLimit = 25_000
    static let locationLimit = 1_000
    static let byteLimit = 10_000_000

    let report: GateReport
    let toolVersion: String
    var docsBaseURL = RenderOptions.defaultDocsBaseURL
    var category = RenderOptions.defaultSARIFCategory
    /// Where rule documentation comes from; a finding whose rule is not listed is described from
    /// the finding itself.
    var catalog: [RuleDescription] = RuleCatalog.all

    private enum Entry {
        case active(JudgedFinding)
        case suppressed(SuppressedFinding)

        var finding: Finding {
            switch self {
            case .active(let judged): return judged.finding
            case .suppressed(let entry): return entry.finding
            }
        }
    }

    func render() -> String {
        let entries = report.findings.map(Entry.active) + report.orderedSuppressed.map(Entry.suppressed)
        let lineHashes = Dictionary(uniqueKeysWithValues: zip(entries.indices, Self.occurrenceHashes(entries.map(\.finding))))
        var kept = min(entries.count, Self.resultLimit)
        var cutForSize = false
        while true {
            let document = render(Array(entries.prefix(kept)), lineHashes: lineHashes, total: entries.count, cutForSize: cutForSize)
            guard document.utf8.count > Self.byteLimit, kept > 0 else { return document }
            let compressed = GzipSize.of(document)
            guard compressed > Self.byteLimit else { return document }
            // Shrink in proportion, with a margin for the notification; a few rounds at most.
            kept = min(kept - 1, Int(Double(kept) * Double(Self.byteLimit) / Double(compressed) * 0.95))
            cutForSize = true
        }
    }

    private func render(_ entries: [Entry], lineHashes: [Int: String], total: Int, cutForSize: Bool) -> String {
        var rules: [SARIFLog.Rule] = []
        var ruleIndex: [String: Int] = [:]
        for finding in entries.map(\.finding) where ruleIndex[finding.ruleID] == nil {
            ruleIndex[finding.ruleID] = rules.count
            rules.append(rule(for: finding))
        }
        var relatedCut = 0
        let results = entries.enumerated().map { index, entry -> SARIFLog.Result in
            let finding = entry.finding
            relatedCut += max(0, finding.related.count - (Self.locationLimit - 1))
            switch entry {
            case .active(let judged):
                return result(for: finding, level: Self.level(judged.level), ruleIndex: ruleIndex[finding.ruleID] ?? 0,
                              lineHash: lineHashes[index] ?? finding.fingerprint)
            case .suppressed(let suppressed):
                return result(for: finding, level: Self.defaultLevel(finding.severity), ruleIndex: ruleIndex[finding.ruleID] ?? 0,
                              lineHash: lineHashes[index] ?? finding.fingerprint,
                              suppression: SARIFLog.Suppression(
                                  kind: suppressed.authority == .inline ? "inSource" : "external",
                                  justification: SuppressionText.justification(of: suppressed, policySource: report.policySource)))
            }
        }
        let notes = notifications(omitted: total - entries.count, cutForSize: cutForSize, relatedCut: relatedCut)
        let driver = SARIFLog.Driver(name: "infragate", version: toolVersion, rules: rules)
        let run = SARIFLog.Run(tool: .init(driver: driver), automationDetails: .init(id: category + "/"),
                               invocations: [SARIFLog.Invocation(executionSuccessful: true, toolExecutionNotifications: notes)],
                               results: results)
        return JSONDocument.encode(SARIFLog(schema: SARIFLog.schemaURI, version: "2.1.0", runs: [run]))
    }

    /// `fingerprint:1`, `fingerprint:2`… for equal fingerprints in line order, as GitHub numbers repeated lines.
    private static func occurrenceHashes(_ findings: [Finding]) -> [String] {
        UniqueFingerprints.of(findings).map { unique in
            guard let dash = unique.lastIndex(of: "-") else { return unique + ":1" }
            return unique[..<dash] + ":" + unique[unique.index(after: dash)...]
        }
    }

    private func notifications(omitted: Int, cutForSize: Bool, relatedCut: Int) -> [SARIFLog.Notification] {
        var texts: [String] = []
        if omitted > 0 {
            let limit = cutForSize ? "code scanning accepts at most 10 MB per file, gzipped" : "code scanning accepts at most \(Self.resultLimit) results per run"
            texts.append("\(counted(omitted, "less severe result")) left out of \(report.findings.count + report.suppressed.count) "
                + "(\(report.findings.count) active, \(report.suppressed.count) suppressed; suppressed ones are cut first): \(limit). "
                + "The JSON report lists all of them.")
        }
        if report.decision.reportOnly {
            texts.append("The policy's mode is report: these results are reported, but the gate does not fail the change.")
        }
        if relatedCut > 0 {
            texts.append("\(counted(relatedCut, "related location")) left out: code scanning accepts at most \(Self.locationLimit) locations per result.")
        }
        return texts.map { SARIFLog.Notification(level: "warning", message: .init(text: $0)) }
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
            helpUri: docsBaseURL + finding.ruleID + ".md",
            help: .init(text: finding.recommendation, markdown: markdown),
            defaultConfiguration: .init(level: Self.defaultLevel(description?.severity ?? finding.severity)),
            properties: .init(tags: tags, securitySeverity: Self.securitySeverity(description?.severity ?? finding.severity)))
    }

    private func result(for finding: Finding, level: String, ruleIndex: Int, lineHash: String,
                        suppression: SARIFLog.Suppression? = nil) -> SARIFLog.Result {
        let related = finding.related.prefix(Self.locationLimit - 1).enumerated().map { index, place in
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
            partialFingerprints: [Self.fingerprintKey: finding.fingerprint, Self.lineHashKey: lineHash],
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

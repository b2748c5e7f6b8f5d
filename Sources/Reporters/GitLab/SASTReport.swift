import Foundation
import InfragateEngine
import InfragateRules

/// A GitLab SAST report (`artifacts:reports:sast`, schema 15.0.6). Ids are derived from the
/// fingerprints and times are passed in, so the same scan always renders the same document.
///
/// A vulnerability has no suppressed state (listing one would open it in the security dashboard),
/// so suppressed findings are not vulnerabilities: `scan.messages` says how many there were and
/// each one's rule, place and authority; the JSON and SARIF reports carry them in full.
struct SASTReport {
    /// GitLab validates a report against the schema version it declares and skips one whose version
    /// it does not ship, which older instances in the field did with 15.0.7. 15.0.6 is the newer
    /// version they ship, and has every field this report writes (Tests/Schemas validates against it).
    static let schemaVersion = "15.0.6"

    struct Document: Encodable {
        let version: String
        let scan: Scan
        let vulnerabilities: [Vulnerability]
    }

    struct Scan: Encodable {
        let analyzer: Tool
        let scanner: Tool
        let startTime: String
        let endTime: String
        let status: String
        let type: String
        /// Left out when there is nothing to say.
        let messages: [Message]?

        enum CodingKeys: String, CodingKey {
            case analyzer, scanner, status, type, messages
            case startTime = "start_time"
            case endTime = "end_time"
        }
    }

    struct Message: Encodable {
        /// info | warn | fatal
        let level: String
        let value: String
    }

    struct Tool: Encodable {
        struct Vendor: Encodable {
            let name: String
        }

        let id: String
        let name: String
        let version: String
        let vendor: Vendor
    }

    struct Vulnerability: Encodable {
        let id: String
        let name: String
        let description: String
        let severity: String
        let solution: String
        let identifiers: [Identifier]
        let location: Location
        let links: [Link]
    }

    struct Identifier: Encodable {
        let type: String
        let name: String
        let value: String
        let url: String?
    }

    struct Location: Encodable {
        let file: String
        let startLine: Int
        let endLine: Int

        enum CodingKeys: String, CodingKey {
            case file
            case startLine = "start_line"
            case endLine = "end_line"
        }
    }

    struct Link: Encodable {
        let url: String
    }

    let report: GateReport
    let options: RenderOptions

    func render() -> String {
        let tool = Tool(id: "infragate", name: "infragate", version: options.toolVersion, vendor: .init(name: "infragate"))
        let scan = Scan(
            analyzer: tool, scanner: tool,
            startTime: Self.timestamp(options.now), endTime: Self.timestamp(options.now),
            status: "success", type: "sast", messages: messages)
        let findings = report.findings.map(\.finding)
        let vulnerabilities = zip(findings, UniqueFingerprints.of(findings)).map(vulnerability)
        return JSONDocument.encode(Document(version: Self.schemaVersion, scan: scan, vulnerabilities: vulnerabilities))
    }

    private var messages: [Message]? {
        let mode = report.decision.reportOnly
            ? [Message(level: "info", value: "the policy's mode is report: these findings are reported, but the gate does not fail the change")] : []
        let all = mode + suppressionMessages
        return all.isEmpty ? nil : all
    }

    private var suppressionMessages: [Message] {
        guard !report.suppressed.isEmpty else { return [] }
        let listed = report.orderedSuppressed.map { entry in
            "\(entry.finding.ruleID) \(entry.finding.path):\(entry.finding.line) (\(SuppressionText.justification(of: entry, policySource: report.policySource)))"
        }
        return [Message(level: "info", value: "\(SuppressionText.summary(of: report.suppressed)), not reported as vulnerabilities: "
            + listed.joined(separator: "; "))]
    }

    private func vulnerability(_ finding: Finding, fingerprint: String) -> Vulnerability {
        let line = max(finding.line, 1)
        var identifiers = [
            Identifier(type: "infragate_rule_id", name: "infragate \(finding.ruleID)", value: finding.ruleID, url: nil),
        ]
        var links: [Link] = []
        if finding.cwe > 0 {
            let url = "https://cwe.mitre.org/data/definitions/\(finding.cwe).html"
            identifiers.append(Identifier(type: "cwe", name: "CWE-\(finding.cwe)", value: String(finding.cwe), url: url))
            links.append(Link(url: url))
        }
        return Vulnerability(
            id: DeterministicUUID.from(fingerprint),
            name: finding.title,
            description: finding.message,
            severity: finding.severity.rawValue.capitalized,
            solution: finding.recommendation,
            identifiers: identifiers,
            location: .init(file: finding.path, startLine: line, endLine: max(finding.endLine ?? line, line)),
            links: links)
    }

    /// `yyyy-mm-ddThh:mm:ss` in UTC, as the schema asks (no zone designator).
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return formatter.string(from: date)
    }
}

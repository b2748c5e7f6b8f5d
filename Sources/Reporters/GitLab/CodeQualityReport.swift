import InfragateEngine
import InfragateRules

/// A GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of issues.
///
/// The format has no notion of a suppressed issue, so each suppressed finding is an `info` issue
/// at its place whose description starts `Suppressed (authority: reason)`: the merge request shows
/// what was hidden without counting it among the problems, and its fingerprint differs from the
/// active finding's, so lifting a suppression shows up as a new issue.
struct CodeQualityReport {
    struct Issue: Encodable {
        struct Location: Encodable {
            struct Lines: Encodable {
                let begin: Int
            }

            let path: String
            let lines: Lines
        }

        let description: String
        let checkName: String
        let fingerprint: String
        let severity: String
        let location: Location
        let categories: [String]

        enum CodingKeys: String, CodingKey {
            case description, fingerprint, severity, location, categories
            case checkName = "check_name"
        }
    }

    let report: GateReport

    func render() -> String {
        let findings = report.findings.map(\.finding)
        let suppressed = report.orderedSuppressed
        let fingerprints = UniqueFingerprints.of(findings + suppressed.map(\.finding))
        let active = zip(findings, fingerprints).map { finding, fingerprint in
            issue(finding, description: "\(finding.title): \(finding.message)", fingerprint: fingerprint,
                  severity: Self.severity(finding.severity))
        }
        let hidden = zip(suppressed, fingerprints.dropFirst(findings.count)).map { entry, fingerprint in
            let why = SuppressionText.justification(of: entry, policySource: report.policySource)
            return issue(entry.finding, description: "Suppressed (\(why)): \(entry.finding.title): \(entry.finding.message)",
                         fingerprint: fingerprint + "-suppressed", severity: "info")
        }
        return JSONDocument.encode(active + hidden)
    }

    private func issue(_ finding: Finding, description: String, fingerprint: String, severity: String) -> Issue {
        Issue(
            description: description,
            checkName: finding.ruleID,
            fingerprint: fingerprint,
            severity: severity,
            location: .init(path: finding.path, lines: .init(begin: max(finding.line, 1))),
            categories: ["Security"])
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .info: return "info"
        case .low: return "minor"
        case .medium: return "major"
        case .high: return "critical"
        case .critical: return "blocker"
        }
    }
}

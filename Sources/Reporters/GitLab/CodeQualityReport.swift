import InfragateEngine
import InfragateRules

/// A GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of issues.
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
        let findings = report.orderedFindings.map(\.finding)
        let issues = zip(findings, UniqueFingerprints.of(findings)).map { finding, fingerprint in
            Issue(
                description: "\(finding.title): \(finding.message)",
                checkName: finding.ruleID,
                fingerprint: fingerprint,
                severity: Self.severity(finding.severity),
                location: .init(path: finding.path, lines: .init(begin: max(finding.line, 1))),
                categories: ["Security"])
        }
        return JSONDocument.encode(issues)
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

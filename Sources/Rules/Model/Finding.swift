/// One reported problem, with everything a reporter needs.
public struct Finding: Codable, Hashable, Sendable {
    public let ruleID: String
    public let title: String
    public var severity: Severity
    public let cwe: Int
    public let owasp: String
    public let checklist: String
    public let path: String
    public let line: Int
    public let endLine: Int?
    public private(set) var message: String
    public let recommendation: String
    public private(set) var fingerprint: String
    /// The commit that introduced it, when the gate looked at more than the tip.
    public var commit: String?
    /// Where the change that caused it was made, when that is another file (a variable default,
    /// a `.tfvars`, the pipeline that now includes the file, the target of a link).
    public var related: [RelatedLocation] = []

    /// `ruleId`, as SARIF spells it, so one key names the rule in every JSON format.
    private enum CodingKeys: String, CodingKey {
        case ruleID = "ruleId"
        case title, severity, cwe, owasp, checklist, path, line, endLine, message, recommendation, fingerprint, commit, related
    }

    public init(rule: RuleDescription, violation: Violation, path: String, commit: String? = nil) {
        self.ruleID = rule.id
        self.title = rule.title
        self.severity = rule.severity
        self.cwe = rule.cwe
        self.owasp = rule.owasp
        self.checklist = rule.checklist
        // Redacted here, once, so that no report format can print a credential; the fingerprint
        // below keeps the real path, so it stays stable.
        self.path = SecretRedactor.redact(path)
        self.line = violation.line
        self.endLine = violation.endLine
        self.message = SecretRedactor.redact(violation.message)
        self.recommendation = rule.recommendation
        self.fingerprint = Fingerprint.of(rule: rule.id, path: path, identity: violation.identity)
        self.commit = commit
    }

    /// A finding of the same rule at the same place that stands for others (a report's cap): its own
    /// message, and a fingerprint of its own so that no format mistakes it for the finding it replaces.
    public func summary(_ message: String, identity: String) -> Finding {
        var summary = self
        summary.message = SecretRedactor.redact(message)
        summary.fingerprint = Fingerprint.of(rule: ruleID, path: path, identity: identity)
        summary.related = []
        return summary
    }
}

/// A place that explains a finding made elsewhere: SARIF's `relatedLocations`.
public struct RelatedLocation: Codable, Hashable, Sendable {
    public let path: String
    public let line: Int
    public let message: String

    public init(path: String, line: Int, message: String) {
        self.path = SecretRedactor.redact(path)
        self.line = line
        self.message = SecretRedactor.redact(message)
    }
}

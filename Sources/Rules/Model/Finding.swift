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
    public let message: String
    public let recommendation: String
    public let fingerprint: String
    /// The commit that introduced it, when the gate looked at more than the tip.
    public var commit: String?

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
}

/// One `# infragate:ignore RULE[,RULE…] reason` comment that took effect.
public struct InlineSuppression: Hashable, Sendable {
    /// Upper-case rule ids.
    public let ruleIDs: [String]
    public let reason: String
    /// The line of the comment.
    public let line: Int
    /// The line whose findings it suppresses: its own for a trailing comment, else the next line
    /// that is neither blank nor a comment.
    public let targetLine: Int

    public init(ruleIDs: [String], reason: String, line: Int, targetLine: Int) {
        self.ruleIDs = ruleIDs
        self.reason = reason
        self.line = line
        self.targetLine = targetLine
    }
}

import InfragateParsers
import InfragateRules

/// The inline suppressions of one scanned file.
///
/// Syntax, after `#` or `//`: `infragate:ignore RULE-ID[,RULE-ID…] reason`. A trailing comment
/// covers its own line; a comment alone on its line covers the next line that is neither blank
/// nor a comment. A malformed one (no reason, an unknown rule) suppresses nothing and is a problem,
/// so a typo cannot quietly hide or fail to hide a finding. The file is not parsed: any `#` or `//`
/// counts as a comment marker, which is why only lines containing `infragate:` are looked at.
public struct InlineSuppressions: Sendable {
    public let suppressions: [InlineSuppression]
    public let problems: [ParseProblem]
    private let byTargetLine: [Int: [InlineSuppression]]

    init(suppressions: [InlineSuppression], problems: [ParseProblem]) {
        self.suppressions = suppressions
        self.problems = problems
        byTargetLine = Dictionary(grouping: suppressions, by: \.targetLine)
    }

    /// `scope`: which rules the policy lets a comment suppress; a comment naming any other suppresses nothing.
    /// `trailingComments`: whether the file's language has comments after code on a line (YAML, HCL);
    /// where it does not (Dockerfiles), such a directive is reported and suppresses nothing.
    public static func scan(
        _ text: String, knownRuleIDs: Set<String>, scope: InlineSuppressionScope = .all, trailingComments: Bool = true
    ) -> InlineSuppressions {
        // Almost no file carries a suppression: skip the scanner's setup when the marker is absent.
        guard text.containsBytes(of: "infragate:") else { return InlineSuppressions(suppressions: [], problems: []) }
        var scanner = SuppressionScanner(bytes: Array(text.utf8), knownRuleIDs: Set(knownRuleIDs.map { $0.uppercased() }), scope: scope,
                                         trailingComments: trailingComments)
        scanner.run()
        return InlineSuppressions(suppressions: scanner.suppressions, problems: scanner.problems)
    }

    /// The suppression covering a finding of `ruleID` reported on `line`, if any.
    public func suppression(for ruleID: String, line: Int) -> InlineSuppression? {
        let ruleID = ruleID.uppercased()
        // The scanner never records a gate rule; checked again so no caller can widen it.
        guard !InlineSuppressionScope.isGateRule(ruleID) else { return nil }
        return byTargetLine[line]?.first { $0.ruleIDs.contains(ruleID) }
    }
}

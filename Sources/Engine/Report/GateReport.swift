import InfragateRules

/// How a finding weighs in the decision, given the policy's thresholds.
public enum FindingLevel: String, Codable, Sendable, Comparable {
    case notice, warning, failure

    private var rank: Int {
        switch self {
        case .notice: return 0
        case .warning: return 1
        case .failure: return 2
        }
    }
    public static func < (lhs: FindingLevel, rhs: FindingLevel) -> Bool { lhs.rank < rhs.rank }
}

/// A finding as judged under the policy.
public struct JudgedFinding: Codable, Hashable, Sendable {
    public var finding: Finding
    public var level: FindingLevel

    public init(finding: Finding, level: FindingLevel) {
        self.finding = finding
        self.level = level
    }
}

/// A finding the policy let through, and on what authority. Every one is listed in every report,
/// so a reviewer sees what was hidden and who vouched for it.
public struct SuppressedFinding: Codable, Hashable, Sendable {
    public enum Authority: String, Codable, Sendable {
        /// An `# infragate:ignore` comment in the file, where the policy allows it.
        case inline
        /// A waiver in the policy.
        case waiver
        /// The policy turns the rule off (`rules: { RULE: off }`).
        case ruleOff = "rule-off"
    }

    public let finding: Finding
    public let authority: Authority
    public let reason: String

    public init(finding: Finding, authority: Authority, reason: String) {
        self.finding = finding
        self.authority = authority
        self.reason = reason
    }
}

/// A changed file the gate did not run rules on, and why. Never silently dropped.
public struct SkippedFile: Codable, Hashable, Sendable {
    public enum Reason: String, Codable, Sendable {
        case binary, tooLarge = "too-large", notUTF8 = "not-utf8", symlink, submodule, excluded
        case missingTool = "missing-tool"
        /// A Helm template or a kustomize overlay the gate cannot render (an unsupported function, a spent
        /// budget, a remote base, `helmCharts`).
        case notRendered = "not-rendered"
        /// A Git LFS pointer: the content itself is in LFS storage, outside the repository.
        case lfsPointer = "lfs-pointer"
    }

    public let path: String
    public let reason: Reason
    public let detail: String

    public init(path: String, reason: Reason, detail: String) {
        self.path = path
        self.reason = reason
        self.detail = detail
    }
}

/// A file the rules ran on.
public struct ScannedFile: Codable, Hashable, Sendable {
    public let path: String
    public let kind: FileKind

    public init(path: String, kind: FileKind) {
        self.path = path
        self.kind = kind
    }
}

/// The verdict: did the change pass the policy?
public struct Decision: Codable, Hashable, Sendable {
    public let passed: Bool
    public let failOn: Severity
    public let warnOn: Severity
    public let failures: Int
    public let warnings: Int
    public let notices: Int
    /// The policy's `mode: report`: the verdict is reported as it is, but does not fail the gate.
    public let reportOnly: Bool

    public init(passed: Bool, failOn: Severity, warnOn: Severity, failures: Int, warnings: Int, notices: Int, reportOnly: Bool = false) {
        self.passed = passed
        self.failOn = failOn
        self.warnOn = warnOn
        self.failures = failures
        self.warnings = warnings
        self.notices = notices
        self.reportOnly = reportOnly
    }

    /// Whether the verdict stops the change: a failure outside report mode.
    public var blocks: Bool { !passed && !reportOnly }
}

/// Everything one gate run learned; reporters only format this.
public struct GateReport: Codable, Sendable {
    /// What was compared, e.g. `merge-base 1a2b3c..4d5e6f` or `tree at HEAD`.
    public var scope: String
    /// Where the policy came from (`--policy ./x.yml`, `.infragate.yml at base 1a2b3c`, `built-in defaults`).
    public var policySource: String
    /// Active findings, most severe first (`sortedMostSevereFirst`); see `capped()` for what a report lists.
    public let findings: [JudgedFinding]
    /// `report.findings_per_rule_and_file` of the policy, applied by `capped()`.
    public var findingsPerRuleAndFile = Policy.defaults.findingsPerRuleAndFile
    public var suppressed: [SuppressedFinding]
    public var skipped: [SkippedFile]
    public var scanned: [ScannedFile]
    /// Things the user should know that are not findings (policy changed in the diff, expired waivers…).
    public var notices: [String]
    public var decision: Decision

    /// The cap is how the report was cut, said in a notice; it is not part of the report's data.
    private enum CodingKeys: String, CodingKey {
        case scope, policySource, findings, suppressed, skipped, scanned, notices, decision
    }

    public init(
        scope: String, policySource: String, findings: [JudgedFinding], suppressed: [SuppressedFinding],
        skipped: [SkippedFile], scanned: [ScannedFile], notices: [String], decision: Decision,
        findingsPerRuleAndFile: Int = Policy.defaults.findingsPerRuleAndFile
    ) {
        self.findingsPerRuleAndFile = findingsPerRuleAndFile
        self.scope = scope
        self.policySource = policySource
        self.findings = findings.sortedMostSevereFirst()
        // A suppressed finding carried through several commits of a push is listed once.
        var seen = Set<String>()
        // Findings were redacted when made; the rest of the text is redacted here, so every format gets it clean.
        self.suppressed = suppressed.filter { seen.insert("\($0.authority.rawValue) \($0.finding.fingerprint)").inserted }
            .map { SuppressedFinding(finding: $0.finding, authority: $0.authority, reason: SecretRedactor.redact($0.reason)) }
        self.skipped = skipped.map { SkippedFile(path: SecretRedactor.redact($0.path), reason: $0.reason, detail: SecretRedactor.redact($0.detail)) }
        self.scanned = scanned.map { ScannedFile(path: SecretRedactor.redact($0.path), kind: $0.kind) }
        self.notices = notices.map(SecretRedactor.redact)
        self.decision = decision
    }
}

extension GateReport {
    /// The report as it is printed: at most `findingsPerRuleAndFile` findings of one rule in one file (the
    /// first in line order), then one finding of that rule saying how many more there are, at the first
    /// left out. The decision is kept as it was made on every finding, so capping never turns a failure
    /// into a pass. A 1.3 MiB file of 13,000 Pods gives 133,000 findings; nobody reads past the first few.
    public func capped() -> GateReport {
        let limit = max(1, findingsPerRuleAndFile)
        let groups = Dictionary(grouping: findings.indices) { FindingGroup(ruleID: findings[$0].finding.ruleID, path: findings[$0].finding.path) }
        guard groups.values.contains(where: { $0.count > limit }) else { return self }
        var kept: [JudgedFinding] = []
        var cut = 0
        for (group, indices) in groups {
            let inLineOrder = indices.sorted { (findings[$0].finding.line, $0) < (findings[$1].finding.line, $1) }
            kept += inLineOrder.prefix(limit).map { findings[$0] }
            let rest = inLineOrder.dropFirst(limit).map { findings[$0] }
            guard let first = rest.first else { continue }
            cut += rest.count
            let worst = rest.map(\.level).max() ?? first.level
            let message = "\(rest.count) more finding(s) of \(group.ruleID) in this file are not listed "
                + "(report.findings_per_rule_and_file: \(limit)); the decision counts all of them"
            kept.append(JudgedFinding(finding: first.finding.summary(message, identity: "more-than-\(limit)"), level: worst))
        }
        var notices = self.notices
        notices.append("\(cut) finding(s) not listed: at most \(limit) per rule and file, each rule's rest counted in one finding "
            + "(report.findings_per_rule_and_file); the decision was made on all of them")
        return GateReport(scope: scope, policySource: policySource, findings: kept, suppressed: suppressed, skipped: skipped,
                          scanned: scanned, notices: notices, decision: decision, findingsPerRuleAndFile: findingsPerRuleAndFile)
    }

    private struct FindingGroup: Hashable {
        let ruleID: String
        let path: String
    }
}

import Foundation
import InfragateRules

/// What the gate enforces, as read from `.infragate.yml` (see `template` for every key).
public struct Policy: Hashable, Sendable {
    /// How `check` weighs findings that were already there at the merge base.
    public enum HelmRenderer: String, CaseIterable, Sendable {
        case native, helm
    }

    public enum ExistingFindings: String, CaseIterable, Sendable {
        /// Judged like new ones (the default): a touched file must be clean.
        case fail
        /// Shown as warnings at most: only what the change introduces can fail it.
        case warn
    }

    /// Whether failing findings fail the gate (`enforce`, the default) or are only reported (`report`,
    /// for adopting the gate: every output says so, and the exit code is 0).
    public enum Mode: String, CaseIterable, Sendable {
        case enforce, report
    }

    /// A policy's say over one rule.
    public enum RuleSetting: Hashable, Sendable {
        case off
        /// Enabled at its own severity: what every rule is unless it is opt-in.
        case on
        case severity(Severity)
    }

    /// Findings at or above this severity fail the gate.
    public var failOn: Severity
    /// Findings at or above this severity (and below `failOn`) are shown as warnings.
    public var warnOn: Severity
    /// Larger files are not read; they are reported as `GATE-UNSCANNED-FILE`.
    public var maxFileSize: Int
    /// Which rules `# infragate:ignore RULE reason` comments in scanned files may suppress (in
    /// `check`, `scan`, and pushes to unprotected refs; `protected.inline_suppressions` may differ).
    public var inlineSuppressions: InlineSuppressionScope
    /// Keyed by upper-case rule id.
    public var ruleSettings: [String: RuleSetting] {
        didSet { enabledRules = Self.enabledRules(ruleSettings: ruleSettings, notRun: rulesNotRun) }
    }
    /// Upper-case ids of the rules the command line leaves out (`--rule`, `--skip-rule`, `--pack`):
    /// they do not run, as if turned off, but keep their severity where they run for an enabled rule's
    /// sake (`subsumes`), so the narrowed report counts what they found and did not show.
    public var rulesNotRun: Set<String> = [] {
        didSet { enabledRules = Self.enabledRules(ruleSettings: ruleSettings, notRun: rulesNotRun) }
    }
    public var excludedPaths: [Glob]
    public var waivers: [Waiver]
    public var push: PushPolicy
    public var existingFindings: ExistingFindings = .fail
    /// Whether other tools' suppression comments (`checkov:skip=…`, `hadolint ignore=…`, …) count as
    /// inline suppressions, within `inline_suppressions`.
    public var peerSuppressions = true
    /// How Helm templates are rendered: natively, or with a `helm` binary on PATH (`helm.renderer`).
    public var helmRenderer: HelmRenderer = .native
    public var secrets: SecretsPolicy = .defaults
    public var images: ImagesPolicy = .defaults
    public var kubernetes: KubernetesPolicy = .defaults
    public var sql: SQLPolicy = .defaults
    public var logs: LogsPolicy = .defaults
    public var mode: Mode = .enforce
    /// How many findings of one rule in one file a report lists before one summary finding counts
    /// the rest (`report.findings_per_rule_and_file`). The verdict is always decided on every finding.
    public var findingsPerRuleAndFile = 100

    public static let defaults = Policy(
        failOn: .high, warnOn: .medium, maxFileSize: 2 * 1024 * 1024, inlineSuppressions: .all,
        ruleSettings: [:], excludedPaths: [], waivers: [], push: .defaults)

    public init(
        failOn: Severity, warnOn: Severity, maxFileSize: Int, inlineSuppressions: InlineSuppressionScope,
        ruleSettings: [String: RuleSetting], excludedPaths: [Glob], waivers: [Waiver], push: PushPolicy
    ) {
        self.failOn = failOn
        self.warnOn = warnOn
        self.maxFileSize = maxFileSize
        self.inlineSuppressions = inlineSuppressions
        self.ruleSettings = ruleSettings
        self.excludedPaths = excludedPaths
        self.waivers = waivers
        self.push = push
        enabledRules = Self.enabledRules(ruleSettings: ruleSettings, notRun: [])
    }

    /// The severity findings of this rule carry under the policy; nil when the policy turns it off,
    /// or does not turn on an opt-in rule.
    public func effectiveSeverity(ruleID: String, default defaultSeverity: Severity) -> Severity? {
        let id = ruleID.uppercased()
        switch ruleSettings[id] {
        case .off: return nil
        case .on: return defaultSeverity
        case .severity(let severity): return severity
        case nil: return RuleCatalog.optInIDs.contains(id) ? nil : defaultSeverity
        }
    }

    /// The rules packs run: those the policy turns off do not, nor opt-in rules it does not turn on,
    /// nor those the command line leaves out, nor is the context only they need read. Kept, not
    /// computed per file: every judged file hands it to its pack.
    public private(set) var enabledRules: EnabledRules = .all

    private static func enabledRules(ruleSettings: [String: RuleSetting], notRun: Set<String>) -> EnabledRules {
        let turnedOff = ruleSettings.compactMap { id, setting in setting == .off ? id : nil }
        let notTurnedOn = RuleCatalog.optInIDs.filter { id in ruleSettings[id] == nil }
        return EnabledRules(turningOff: turnedOff + notTurnedOn + notRun)
    }

    /// Whether any secret detector runs. They share one Vectorscan pass, so all of them run or none:
    /// with every one turned off or left out, files are not scanned for secrets at all.
    public var runsSecretDetectors: Bool {
        enabledRules.isAll || SecretsPack.detectorIDs.contains(where: enabledRules.includes)
    }

    public func isExcluded(path: String) -> Bool {
        excludedPaths.contains { $0.matches(path: path) }
    }

    /// The waiver covering this finding: an active one if any, else an expired one (which does not apply).
    public func waiver(for ruleID: String, path: String, on date: Date) -> WaiverMatch? {
        let today = CalendarDay(containing: date)
        let covering = waivers.filter { $0.covers(ruleID: ruleID, path: path) }
        if let active = covering.first(where: { !$0.isExpired(on: today) }) { return .active(active) }
        return covering.first.map(WaiverMatch.expired)
    }

    /// `ref` in full (`refs/heads/main`) or as a short branch name (`main`).
    public func isProtected(ref: String) -> Bool {
        push.isProtected(ref: ref)
    }

    /// The failing threshold for a push to `refName`: protected refs may be stricter.
    public func threshold(forRef refName: String) -> Severity {
        isProtected(ref: refName) ? push.protectedFailOn ?? failOn : failOn
    }

    /// The inline suppressions honoured on a push to a protected ref or to any other.
    public func inlineSuppressions(onProtectedRef isProtected: Bool) -> InlineSuppressionScope {
        isProtected ? push.protectedInlineSuppressions ?? inlineSuppressions : inlineSuppressions
    }

    /// How a finding of this severity weighs; `ref` selects the protected-ref threshold when given.
    public func level(of severity: Severity, onRef ref: String? = nil) -> FindingLevel {
        if severity >= (ref.map(threshold(forRef:)) ?? failOn) { return .failure }
        return severity >= warnOn ? .warning : .notice
    }
}

import Foundation
import InfragateRules

/// What judging a set of files produced, before the decision.
public struct Judgement: Sendable {
    public var findings: [Finding] = []
    public var suppressed: [SuppressedFinding] = []
    public var skipped: [SkippedFile] = []
    public var scanned: [ScannedFile] = []
    public var notices: [String] = []

    public init() {}
}

/// Judges one file at a time: classify, read, parse, run the pack, then apply the policy
/// (severity overrides, path excludes, inline suppressions, waivers). Rules never see policy.
public struct FileJudge: Sendable {
    public let policy: Policy
    public let snapshot: any RepositorySnapshot
    public let today: Date
    /// When the gate looks at more than the tip, the commit findings belong to.
    public var commit: String?

    private static let knownRuleIDs = Set(RuleCatalog.all.map(\.id))

    public init(policy: Policy, snapshot: any RepositorySnapshot, today: Date = Date(), commit: String? = nil) {
        self.policy = policy
        self.snapshot = snapshot
        self.today = today
        self.commit = commit
    }

    public func judge(_ candidate: Candidate, into judgement: inout Judgement) throws {
        let path = candidate.path
        // Links are never followed and submodules never read, whatever their names say.
        switch candidate.type {
        case .symlink:
            judgement.skipped.append(SkippedFile(path: path, reason: .symlink, detail: "symbolic link, not followed"))
            return
        case .submodule:
            judgement.skipped.append(SkippedFile(path: path, reason: .submodule, detail: "submodule (gitlink), not read"))
            return
        case .regular:
            break
        }

        let verdict = FileClassifier.classify(path: path)
        if verdict == .notInfrastructure { return }
        if policy.isExcluded(path: path) {
            judgement.skipped.append(SkippedFile(path: path, reason: .excluded, detail: "excluded by the policy's paths.exclude"))
            return
        }

        let text: String
        switch try candidate.load(policy.maxFileSize) {
        case .tooLarge(let size):
            unscanned(path, .tooLarge, "\(size) bytes, over max_file_size (\(policy.maxFileSize) bytes)", into: &judgement)
            return
        case .bytes(let bytes):
            switch FileContent(bytes: bytes) {
            case .binary:
                unscanned(path, .binary, "binary content (NUL byte)", into: &judgement)
                return
            case .notUTF8:
                unscanned(path, .notUTF8, "not valid UTF-8 text", into: &judgement)
                return
            case .text(let decoded):
                text = decoded
            }
        }

        if let chart = helmChart(ofTemplate: path) {
            // Go templates are not YAML: judge what they render to, or say why not.
            judgeRenderedTemplate(path, text: text, chart: chart, into: &judgement)
            return
        }
        guard let kind = kind(of: path, verdict: verdict, text: text) else { return }
        guard let pack = RuleCatalog.pack(for: kind) else {
            judgement.skipped.append(SkippedFile(path: path, reason: .noRulePack, detail: "recognised as \(kind.displayName), no rule pack yet"))
            return
        }
        judgement.scanned.append(ScannedFile(path: path, kind: kind))
        let result = pack.evaluate(SourceFile(path: path, text: text), in: snapshot)
        let raw = result.violations.map { Finding(rule: $0.rule, violation: $0.violation, path: path, commit: commit) }
            + result.problems.map { parseError($0, kind: kind, path: path) }
        apply(policyTo: raw, text: text, path: path, into: &judgement)
    }

    private func parseError(_ problem: FileProblem, kind: FileKind, path: String) -> Finding {
        Finding(rule: GateRules.parseError,
                violation: Violation(line: problem.line, message: "\(kind.displayName) parse error: \(problem.message)", identity: "parse"),
                path: path, commit: commit)
    }

    /// Renders the template's chart once per run with `helm` and judges the manifests this template
    /// produced as Kubernetes, reporting on the template's lines.
    private func judgeRenderedTemplate(_ path: String, text: String, chart: String, into judgement: inout Judgement) {
        guard let renderer = HelmRenderer.locate(), let kubernetes = RuleCatalog.pack(for: .kubernetes) else {
            judgement.skipped.append(SkippedFile(path: path, reason: .missingTool, detail: "Helm template: skipped, helm not installed to render it"))
            return
        }
        let rendering = snapshot.shared("helm-render:\(chart)") { renderer.render(chartDirectory: chart, from: snapshot) }
        judgement.scanned.append(ScannedFile(path: path, kind: .helm))
        switch rendering {
        case .failure(let failure):
            let problem = FileProblem(line: 1, message: "the chart \(chart.isEmpty ? "." : chart) did not render: \(failure.message)")
            apply(policyTo: [parseError(problem, kind: .helm, path: path)], text: text, path: path, into: &judgement)
        case .success(let manifests):
            let relative = chart.isEmpty ? path : String(path.dropFirst(chart.count + 1))
            guard let rendered = manifests[relative] else { return }
            let lines = TemplateLineMap(template: text, rendered: rendered)
            let result = kubernetes.evaluate(SourceFile(path: path, text: rendered), in: snapshot)
            let raw = result.violations.map { rule, violation in
                let mapped = Violation(line: lines.templateLine(forRenderedLine: violation.line),
                                       message: violation.message + " (as rendered by helm)", identity: violation.identity)
                return Finding(rule: rule, violation: mapped, path: path, commit: commit)
            } + result.problems.map { parseError(FileProblem(line: 1, message: "rendered output: \($0.message)"), kind: .helm, path: path) }
            apply(policyTo: raw, text: text, path: path, into: &judgement)
        }
    }

    /// Files that look like infrastructure but cannot be read fail closed through GATE-UNSCANNED-FILE.
    private func unscanned(_ path: String, _ reason: SkippedFile.Reason, _ detail: String, into judgement: inout Judgement) {
        judgement.skipped.append(SkippedFile(path: path, reason: reason, detail: detail))
        let finding = Finding(rule: GateRules.unscannedFile,
                              violation: Violation(line: 1, message: "Not scanned: \(detail)", identity: reason.rawValue),
                              path: path, commit: commit)
        apply(policyTo: [finding], text: nil, path: path, into: &judgement)
    }

    private func kind(of path: String, verdict: FileClassifier.PathVerdict, text: String) -> FileKind? {
        switch verdict {
        case .kind(let kind): return kind
        case .needsContent: return isHelmValues(path) ? .helm : FileClassifier.sniff(text)
        case .notInfrastructure: return nil
        }
    }

    /// `values*.yaml` next to a `Chart.yaml` belongs to a Helm chart.
    private func isHelmValues(_ path: String) -> Bool {
        let name = FileClassifier.basename(path).lowercased()
        guard name.hasPrefix("values"), name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return false }
        return isChart(FileClassifier.directory(of: path))
    }

    /// The chart folder of a file under `<chart>/templates/` (a folder with a `Chart.yaml`), if any.
    private func helmChart(ofTemplate path: String) -> String? {
        if path.hasPrefix("templates/") { return isChart("") ? "" : nil }
        guard let range = path.range(of: "/templates/", options: .backwards) else { return nil }
        let chart = String(path[..<range.lowerBound])
        return isChart(chart) ? chart : nil
    }

    private func isChart(_ directory: String) -> Bool {
        snapshot.filePaths(in: directory).contains { FileClassifier.basename($0) == "Chart.yaml" }
    }

    private func apply(policyTo findings: [Finding], text: String?, path: String, into judgement: inout Judgement) {
        let inline = (policy.inlineSuppressions ? text : nil).map { InlineSuppressions.scan($0, knownRuleIDs: Self.knownRuleIDs) }
        for problem in inline?.problems ?? [] {
            judgement.notices.append("\(path):\(problem.line): \(problem.message)")
        }
        if !policy.inlineSuppressions, let text, text.contains("infragate:ignore") {
            judgement.notices.append("\(path): inline suppressions are disabled by the policy (inline_suppressions: false); they were not honoured")
        }
        for var finding in findings {
            guard let severity = policy.effectiveSeverity(ruleID: finding.ruleID, default: finding.severity) else { continue }
            finding.severity = severity
            if let suppression = inline?.suppression(for: finding.ruleID, line: finding.line) {
                judgement.suppressed.append(SuppressedFinding(finding: finding, authority: .inline, reason: suppression.reason))
                continue
            }
            switch policy.waiver(for: finding.ruleID, path: path, on: today) {
            case .active(let waiver)?:
                judgement.suppressed.append(SuppressedFinding(finding: finding, authority: .waiver, reason: waiver.reason))
                continue
            case .expired(let waiver)?:
                let scope = waiver.path.map { " on \($0.pattern)" } ?? ""
                let expiry = waiver.expires.map { " expired \($0)" } ?? " expired"
                judgement.notices.append("waiver for \(waiver.ruleID)\(scope)\(expiry); it no longer applies to \(path):\(finding.line)")
            case nil:
                break
            }
            judgement.findings.append(finding)
        }
    }
}

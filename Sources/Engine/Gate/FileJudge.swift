import InfragateParsers
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
    public let snapshot: any RepositorySnapshot & RevisionTree
    public let today: Date
    /// When the gate looks at more than the tip, the commit findings belong to.
    public var commit: String?

    public init(policy: Policy, snapshot: any RepositorySnapshot & RevisionTree, today: Date = Date(), commit: String? = nil) {
        self.policy = policy
        self.snapshot = snapshot
        self.today = today
        self.commit = commit
    }

    public func judge(_ candidate: Candidate, into judgement: inout Judgement) throws {
        let path = candidate.path
        switch candidate.type {
        case .symlink:
            try judgeLink(candidate, into: &judgement)
            return
        case .submodule:
            // Its files live in another repository (a deployment may check them out): that repository's own gate judges them.
            judgement.skipped.append(SkippedFile(path: path, reason: .submodule,
                                                 detail: "submodule (gitlink): its files are in another repository and are not judged here; gate that repository"))
            return
        case .regular:
            break
        }

        var verdict = policy.sql.claims(path: path) ? .kind(.sql) : FileClassifier.classify(path: path)
        // A file a Dockerfile copies to a server's configuration path is judged under the name the server reads.
        var evaluatedPath = path
        if verdict == .notInfrastructure, let copy = DockerfileServerCopies.copy(of: path, in: snapshot) {
            verdict = .kind(copy.kind)
            let folder = RepositoryPath.directory(of: path)
            evaluatedPath = folder.isEmpty ? copy.nameAtDestination : folder + "/" + copy.nameAtDestination
        }
        // Every text file is scanned for secrets; only infrastructure goes on to its pack.
        let scansSecrets = policy.runsSecretDetectors && policy.secrets.scans(path: path)
        var isInfrastructure = verdict != .notInfrastructure
        if isInfrastructure, policy.isExcluded(path: path) {
            judgement.skipped.append(SkippedFile(path: path, reason: .excluded, detail: "excluded by the policy's paths.exclude"))
            isInfrastructure = false
        }
        guard isInfrastructure || scansSecrets else { return }

        let text: String
        switch try candidate.load(policy.maxFileSize) {
        case .tooLarge(let size):
            if isInfrastructure {
                unscanned(path, .tooLarge, "\(size) bytes, over max_file_size (\(policy.maxFileSize) bytes)", into: &judgement)
            } else {
                judgement.skipped.append(SkippedFile(path: path, reason: .tooLarge, detail: Self.tooLargeForSecrets(size, policy)))
            }
            return
        case .bytes(let bytes):
            if scansSecrets { scanSecrets(bytes, path: path, into: &judgement) }
            guard isInfrastructure else { return }
            // Checkout replaces a pointer with content the repository does not hold, whatever
            // `.gitattributes` says: what the consumer reads cannot be judged.
            if LFSPointer.isPointer(bytes) {
                unscanned(path, .lfsPointer, "a Git LFS pointer: the file's content is kept in LFS storage, outside the repository", into: &judgement)
                return
            }
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

        if Self.isKustomization(path) {
            try judgeKustomization(path, text: text, into: &judgement)
            return
        }
        if let chart = helmChart(ofTemplate: path) {
            // Go templates are not YAML: judge what they render to, or say why not.
            try judgeRenderedTemplate(path, text: text, chart: chart, into: &judgement)
            return
        }
        if let chart = templatelessChart(anchoredAt: path) {
            try judgeNativelyRenderedTemplate(path, text: text, chart: chart, into: &judgement)
        }
        guard let kind = kind(of: path, verdict: verdict, text: text) else { return }
        if kind == .kubernetes, try isKustomizePatch(path) {
            // Judged in the overlays that apply it, as part of what they render.
            judgement.scanned.append(ScannedFile(path: path, kind: kind))
            return
        }
        // Every kind has a pack (RuleCatalogTests); a build where one is missing cannot decide.
        guard let pack = RuleCatalog.pack(for: kind) else {
            throw GateError.undecidable("no rule pack judges \(kind.displayName) files (\(path))")
        }
        judgement.scanned.append(ScannedFile(path: path, kind: kind))
        if EmptyFile.declaresNothing(text, kind: kind, path: path) { return }
        let result = pack.evaluate(SourceFile(path: evaluatedPath, text: text, parameters: policy.ruleParameters, enabledRules: policy.enabledRules), in: snapshot)
        if let failure = snapshot.readFailure { throw failure }
        // A violation located in another file (a Terraform module a changed caller instantiates) is
        // reported there, under that file's suppressions and waivers.
        var elsewhere: [String: [Finding]] = [:]
        var raw: [Finding] = []
        for (rule, violation) in result.violations {
            let located = violation.path ?? path
            let finding = Finding(rule: rule, violation: violation, path: located, commit: commit)
            if located == path { raw.append(finding) } else { elsewhere[located, default: []].append(finding) }
        }
        raw += result.problems.map { parseError($0, kind: kind, path: path) }
        apply(policyTo: raw, text: text, kind: kind, path: path, into: &judgement)
        for located in elsewhere.keys.sorted() {
            // The policy's exclusion of a file holds for what other files report in it too.
            if policy.isExcluded(path: located) {
                let count = elsewhere[located]?.count ?? 0
                judgement.notices.append("\(located): \(count) finding\(count == 1 ? "" : "s") from judging \(path) not reported: the file is excluded by the policy's paths.exclude")
                continue
            }
            apply(policyTo: elsewhere[located] ?? [], text: snapshot.text(at: located), kind: kind, path: located, into: &judgement)
        }
    }

    /// A link is what its consumer opens: the target's content, judged under the link's name.
    private func judgeLink(_ link: Candidate, into judgement: inout Judgement) throws {
        guard policy.sql.claims(path: link.path) || FileClassifier.classify(path: link.path) != .notInfrastructure else { return }
        switch try SymbolicLink.resolve(linkAt: link.path, in: snapshot) {
        case .file(let target, _):
            try judge(Candidate(path: link.path, type: .regular, load: target.load), into: &judgement)
        case .unjudgeable(let why):
            if policy.isExcluded(path: link.path) { return }
            unscanned(link.path, .symlink, why, into: &judgement)
        }
    }

    func parseError(_ problem: ParseProblem, kind: FileKind, path: String) -> Finding {
        Finding(rule: GateRules.parseError,
                violation: Violation(line: problem.line, message: "\(kind.displayName) parse error: \(problem.message)", identity: "parse"),
                path: path, commit: commit)
    }

    /// Files that look like infrastructure but cannot be read fail closed through GATE-UNSCANNED-FILE.
    func unscanned(_ path: String, _ reason: SkippedFile.Reason, _ detail: String, into judgement: inout Judgement) {
        judgement.skipped.append(SkippedFile(path: path, reason: reason, detail: detail))
        let finding = Finding(rule: GateRules.unscannedFile,
                              violation: Violation(line: 1, message: "Not scanned: \(detail)", identity: reason.rawValue),
                              path: path, commit: commit)
        apply(policyTo: [finding], text: nil, kind: nil, path: path, into: &judgement)
    }

    private func kind(of path: String, verdict: FileClassifier.PathVerdict, text: String) -> FileKind? {
        switch verdict {
        case .kind(let kind): return kind
        case .needsContent:
            if ServerConfigurationRecognizer.isCandidate(path: path) { return ServerConfigurationRecognizer.recognize(text, path: path) }
            if GitLabLocalIncludes.paths(in: snapshot).contains(path) { return .gitlabCI }
            if isHelmValues(path) { return .helm }
            return ContentRecognizer.recognize(text, isJSON: path.lowercased().hasSuffix(".json"))
        case .notInfrastructure: return nil
        }
    }
}

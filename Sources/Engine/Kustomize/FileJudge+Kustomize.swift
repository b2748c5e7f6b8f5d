import InfragateParsers
import InfragateRules

/// Kustomize: an overlay is judged as what it renders to, and a patch never as a workload of its own.
extension FileJudge {
    static func isKustomization(_ path: String) -> Bool {
        KustomizeRenderer.fileNames.contains(RepositoryPath.name(of: path))
    }

    /// Every kustomization's references in the revision, gathered once per run.
    func kustomizeReferences() throws -> KustomizeReferences {
        let result: Result<KustomizeReferences, GateError> = snapshot.shared("kustomize-references") {
            guard let git = snapshot as? GitSnapshot else { return .success(KustomizeReferences.collect(from: snapshot)) }
            do {
                return .success(try KustomizeReferenceIndex(repository: git.repository, sizeLimit: git.sizeLimit).references(at: git.commit))
            } catch {
                return .failure(.undecidable("cannot index the kustomizations at \(git.commit.short): \(error)"))
            }
        }
        return try result.get()
    }

    /// Whether a kustomization sits in the file's folder or above it. kustomize reads resource files,
    /// patches and generator inputs only in or below a kustomization's folder, so a file elsewhere
    /// feeds no overlay, and most changes never need the kustomization index.
    func isInKustomizeTree(_ path: String) -> Bool {
        var folder = RepositoryPath.directory(of: path)
        while true {
            let names = snapshot.fileNames(in: folder)
            if KustomizeRenderer.fileNames.contains(where: names.contains) { return true }
            if folder.isEmpty { return false }
            folder = RepositoryPath.directory(of: folder)
        }
    }

    /// A strategic-merge or JSON patch some kustomization applies: what it does is judged in the
    /// overlays that apply it (`ChangeInfluence`), never as a standalone object missing its base's
    /// fields. Listed as a patch but patching nothing in any build (a target that selects nothing),
    /// it is a manifest like any other: naming a workload as a patch must not hide it.
    func isKustomizePatch(_ path: String) throws -> Bool {
        guard isInKustomizeTree(path) else { return false }
        let references = try kustomizeReferences()
        guard references.patchPaths.contains(path) else { return false }
        let renderer = KustomizeRenderer(snapshot: snapshot)
        return references.kustomizations(including: [path]).contains { kustomization in
            switch renderer.render(RepositoryPath.directory(of: kustomization)) {
            case .success(let build): return build.appliedPatches.contains(path)
            // The overlay is reported as not building, which fails closed on its own.
            case .failure: return true
            }
        }
    }

    /// Renders the kustomization's directory and judges the objects as Kubernetes, each finding
    /// at the line that set the value: the patch's, else the base's. What a base resource already
    /// shows when judged as itself is not repeated for every overlay.
    func judgeKustomization(_ path: String, text: String, into judgement: inout Judgement) throws {
        judgement.scanned.append(ScannedFile(path: path, kind: .kubernetes))
        let directory = RepositoryPath.directory(of: path)
        let overlay = directory.isEmpty ? "." : directory
        let renderer = KustomizeRenderer(snapshot: snapshot)
        // A kustomization named alone on the command line has no folder to render from: say so.
        guard let chosen = renderer.kustomizationFile(in: directory) else {
            unscanned(path, .notRendered, "kustomize overlay not rendered: its folder is not in view (scan the folder, or use check)", into: &judgement)
            return
        }
        // With several kustomization files kustomize refuses the folder; the first name reports it.
        guard chosen == path else { return }
        let rendering: Result<KustomizeBuild, KustomizeFailure>
        do {
            if try Kustomization(path: path, text: text).isComponent { return }
            rendering = renderer.render(directory)
        } catch let failure as KustomizeFailure {
            rendering = .failure(failure)
        }
        if let failure = snapshot.readFailure { throw failure }
        switch rendering {
        case .failure(let failure):
            report(failure, overlay: overlay, into: &judgement)
        case .success(let build):
            guard let kubernetes = RuleCatalog.pack(for: .kubernetes) else { return }
            let rendered = RenderedOverlay(objects: build.resources.map(\.node))
            let references = try kustomizeReferences()
            let result = kubernetes.evaluate(SourceFile(path: path, text: rendered.text, parameters: policy.ruleParameters, enabledRules: policy.enabledRules), in: snapshot)
            var byPath: [String: [Finding]] = [:]
            var seen = Set<String>()
            for (rule, violation) in result.violations {
                let origin = rendered.origin(ofLine: violation.line) ?? SourceLine(path: path, line: 1)
                if try reportedWhenJudgedAlone(rule.id, at: origin) || reportedByAnotherOverlay(origin, overlay: directory, references: references) {
                    continue
                }
                let mapped = Violation(line: origin.line, message: violation.message + " (as rendered by kustomize overlay `\(overlay)`)",
                                       identity: violation.identity + "|kustomize:" + overlay)
                guard seen.insert("\(rule.id)|\(origin.path)|\(origin.line)|\(mapped.identity)").inserted else { continue }
                byPath[origin.path, default: []].append(Finding(rule: rule, violation: mapped, path: origin.path, commit: commit))
            }
            for problem in result.problems {
                byPath[path, default: []].append(parseError(ParseProblem(line: 1, message: "rendered output: \(problem.message)"), kind: .kubernetes, path: path))
            }
            for (findingPath, findings) in byPath.sorted(by: { $0.key < $1.key }) {
                apply(policyTo: findings, text: findingPath == path ? text : snapshot.text(at: findingPath), kind: .kubernetes, path: findingPath, into: &judgement)
            }
        }
    }

    private func report(_ failure: KustomizeFailure, overlay: String, into judgement: inout Judgement) {
        let location = failure.location
        let text = snapshot.text(at: location.path)
        switch failure {
        case .malformed:
            let finding = parseError(ParseProblem(line: location.line, message: "kustomize overlay `\(overlay)` does not build: \(failure.message)"),
                                     kind: .kubernetes, path: location.path)
            apply(policyTo: [finding], text: text, kind: .kubernetes, path: location.path, into: &judgement)
        case .unrenderable:
            let detail = "kustomize overlay `\(overlay)` not rendered: \(failure.message)"
            judgement.skipped.append(SkippedFile(path: location.path, reason: .notRendered, detail: detail))
            let finding = Finding(rule: GateRules.unscannedFile,
                                  violation: Violation(line: location.line, message: "Not scanned: \(detail)", identity: "kustomize:" + overlay),
                                  path: location.path, commit: commit)
            apply(policyTo: [finding], text: nil, kind: nil, path: location.path, into: &judgement)
        }
    }

    /// Whether what `origin` sets belongs to another kustomization that is rendered itself (a base's
    /// own kustomization or patch): that render reports it once, rather than every overlay of the base.
    /// A component's settings show only in its includers, so those report them.
    private func reportedByAnotherOverlay(_ origin: SourceLine, overlay directory: String, references: KustomizeReferences) -> Bool {
        guard let owners = references.owners[origin.path], !owners.contains(directory) else { return false }
        return owners.contains { !references.componentDirectories.contains($0) }
    }

    /// Whether the rule reports that line when the file it is in is judged as itself (a base's
    /// plain resource, or a chart template with the chart's defaults); patches and kustomizations are never judged alone, so what they set is always reported.
    private func reportedWhenJudgedAlone(_ ruleID: String, at origin: SourceLine) throws -> Bool {
        guard !Self.isKustomization(origin.path), try !isKustomizePatch(origin.path) else { return false }
        let alone: Set<String> = snapshot.shared("kustomize-alone:" + origin.path) {
            if let chart = helmChart(ofTemplate: origin.path) { return reportedWithChartDefaults(origin.path, chart: chart) }
            guard let text = snapshot.text(at: origin.path), let kubernetes = RuleCatalog.pack(for: .kubernetes) else { return [] }
            return Set(kubernetes.evaluate(SourceFile(path: origin.path, text: text, parameters: policy.ruleParameters, enabledRules: policy.enabledRules), in: snapshot).violations.map { "\($0.rule.id)|\($0.violation.line)" })
        }
        return alone.contains("\(ruleID)|\(origin.line)")
    }

    /// The rule and template line of what a chart template shows with the chart's own values,
    /// which the chart's own judgement reports: a kustomization inflating the chart adds only what
    /// its values change.
    private func reportedWithChartDefaults(_ template: String, chart: String) -> Set<String> {
        let renders = snapshot.shared("helm-native:\(chart)") { HelmChartRenders.render(chart: chart, in: snapshot) }
        guard case .success(let rendered)? = renders.variants.first?.rendering.manifests[template],
              let kubernetes = RuleCatalog.pack(for: .kubernetes) else { return [] }
        let result = kubernetes.evaluate(SourceFile(path: template, text: rendered.text, parameters: policy.ruleParameters, enabledRules: policy.enabledRules), in: snapshot)
        return Set(result.violations.map { "\($0.rule.id)|\(rendered.templateLine(forOutputLine: $0.violation.line))" })
    }
}

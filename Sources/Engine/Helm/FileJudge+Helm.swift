import InfragateParsers
import InfragateRules

/// Helm charts: which files belong to one, and judging templates by what they render to.
extension FileJudge {
    /// A values file (`values.yaml`, `values-prod.yaml`, `prod-values.yaml`) next to a `Chart.yaml`,
    /// or in the chart's `ci/` folder, where chart-testing (`ct install`) reads `*-values.yaml`.
    func isHelmValues(_ path: String) -> Bool {
        guard HelmPack.isValuesFile(path) else { return false }
        let directory = RepositoryPath.directory(of: path)
        if isChart(directory) { return true }
        return RepositoryPath.name(of: directory) == "ci" && isChart(RepositoryPath.directory(of: directory))
    }

    /// The chart that renders a file under `<chart>/templates/`: the outermost chart, since a
    /// subchart under `charts/` renders with its parent's values.
    func helmChart(ofTemplate path: String) -> String? {
        var chart: String
        if path.hasPrefix("templates/") {
            chart = ""
        } else {
            guard let range = path.range(of: "/templates/", options: .backwards) else { return nil }
            chart = String(path[..<range.lowerBound])
        }
        guard isChart(chart) else { return nil }
        while let range = chart.range(of: "/charts/", options: .backwards) ?? (chart.hasPrefix("charts/") ? chart.range(of: "charts/") : nil) {
            let parent = String(chart[..<range.lowerBound])
            guard !chart[range.upperBound...].contains("/"), isChart(parent) else { break }
            chart = parent
        }
        return chart
    }

    /// The outermost chart any file belongs to (a folder at or above it with a `Chart.yaml`).
    func helmChart(containing path: String) -> String? {
        var directory = RepositoryPath.directory(of: path)
        var found: String?
        while true {
            if isChart(directory) { found = directory }
            guard !directory.isEmpty else { break }
            directory = RepositoryPath.directory(of: directory)
        }
        return found
    }

    /// The chart whose `Chart.yaml` this is, when the chart has no templates of its own (an
    /// umbrella chart of packaged subcharts): what the archives render is judged with that file,
    /// since no template of the revision stands for them.
    func templatelessChart(anchoredAt path: String) -> String? {
        guard RepositoryPath.name(of: path) == "Chart.yaml", policy.helmRenderer == .native else { return nil }
        let chart = RepositoryPath.directory(of: path)
        guard helmChart(containing: path) == chart else { return nil }
        let templates = RepositoryPath.joined(chart, "templates")
        guard !snapshot.fileNames(in: templates).contains(where: { NativeHelmRenderer.isManifest($0) }) else { return nil }
        return chart
    }

    private func isChart(_ directory: String) -> Bool {
        snapshot.fileNames(in: directory).contains("Chart.yaml")
    }

    /// Renders the template's chart once per run and judges the manifests this template produced
    /// as Kubernetes, reporting on the template's lines: natively, or with `helm` when the policy says so.
    func judgeRenderedTemplate(_ path: String, text: String, chart: String, into judgement: inout Judgement) throws {
        switch policy.helmRenderer {
        case .native: try judgeNativelyRenderedTemplate(path, text: text, chart: chart, into: &judgement)
        case .helm: try judgeTemplateRenderedByHelm(path, text: text, chart: chart, into: &judgement)
        }
    }

    private func judgeTemplateRenderedByHelm(_ path: String, text: String, chart: String, into judgement: inout Judgement) throws {
        // An unrendered template is unjudged, and being unjudged must not be a way in: it fails
        // closed as GATE-UNSCANNED-FILE, which only the trusted policy can lower or exclude.
        guard let renderer = HelmRenderer.locate(), let kubernetes = RuleCatalog.pack(for: .kubernetes) else {
            unscanned(path, .missingTool, "Helm template not rendered: the policy asks for helm (helm.renderer: helm), which is not installed on this host", into: &judgement)
            return
        }
        let rendering = snapshot.shared("helm-render:\(chart)") { renderer.render(chartDirectory: chart, from: snapshot) }
        if let failure = snapshot.readFailure { throw failure }
        judgement.scanned.append(ScannedFile(path: path, kind: .helm))
        switch rendering {
        case .failure(let failure):
            let problem = ParseProblem(line: 1, message: "the chart \(chart.isEmpty ? "." : chart) did not render: \(failure.message)")
            apply(policyTo: [parseError(problem, kind: .helm, path: path)], text: text, kind: .helm, path: path, into: &judgement)
        case .success(let manifests):
            let relative = chart.isEmpty ? path : String(path.dropFirst(chart.count + 1))
            guard let rendered = manifests[relative] else { return }
            let lines = TemplateLineMap(template: text, rendered: rendered)
            let result = kubernetes.evaluate(SourceFile(path: path, text: rendered, parameters: policy.ruleParameters, enabledRules: policy.enabledRules), in: snapshot)
            let raw = result.violations.map { rule, violation in
                let mapped = Violation(line: lines.templateLine(forRenderedLine: violation.line),
                                       message: violation.message + " (as rendered by helm)", identity: violation.identity)
                return Finding(rule: rule, violation: mapped, path: path, commit: commit)
            } + result.problems.map { parseError(ParseProblem(line: 1, message: "rendered output: \($0.message)"), kind: .helm, path: path) }
            apply(policyTo: raw, text: text, kind: .helm, path: path, into: &judgement)
        }
    }
}

import InfragateParsers
import InfragateRules

/// Helm templates judged as what the native renderer makes of them, with each values variant.
extension FileJudge {
    func judgeNativelyRenderedTemplate(_ path: String, text: String, chart: String, into judgement: inout Judgement) throws {
        guard let kubernetes = RuleCatalog.pack(for: .kubernetes) else {
            throw GateError.undecidable("no rule pack judges Kubernetes manifests (\(path))")
        }
        let renders = snapshot.shared("helm-native:\(chart)") { HelmChartRenders.render(chart: chart, in: snapshot) }
        if let failure = snapshot.readFailure { throw failure }
        judgement.scanned.append(ScannedFile(path: path, kind: .helm))
        let chartName = chart.isEmpty ? "." : chart
        if let error = renders.loadError {
            let problem = ParseProblem(line: 1, message: "the chart \(chartName) did not load: \(error.path):\(error.line): \(error.message)")
            apply(policyTo: [parseError(problem, kind: .helm, path: path)], text: text, kind: .helm, path: path, into: &judgement)
            return
        }
        var raw: [Finding] = []
        var reported = Set<String>()
        for variant in renders.variants {
            let rendering = variant.rendering
            let suffix = variant.valuesFile.map { " with \(RepositoryPath.name(of: $0))" } ?? ""
            // What the chart could not render at all is told once, with its first template.
            if variant.valuesFile == nil, path == rendering.manifests.keys.min() {
                for part in rendering.unrendered { unscanned(part.path, .notRendered, part.reason, into: &judgement) }
            }
            guard let result = rendering.manifests[path] else { continue }
            switch result {
            case .failure(let error):
                let location = "\(error.template):\(error.line)"
                switch error.kind {
                case .unsupported, .limit:
                    let detail = "Helm template not rendered natively\(suffix): \(error.message) (\(location))"
                    if reported.insert(detail).inserted { unscanned(path, .notRendered, detail, into: &judgement) }
                case .failed, .syntax:
                    let line = error.template.hasSuffix("/" + String(path.dropFirst(chart.isEmpty ? 0 : chart.count + 1))) ? error.line : 1
                    let problem = ParseProblem(line: line, message: "the chart \(chartName) did not render\(suffix): \(location): \(error.message)")
                    if reported.insert(problem.message).inserted { raw.append(parseError(problem, kind: .helm, path: path)) }
                }
            case .success(let rendered):
                guard rendered.text.contains(where: { !$0.isWhitespace }) else { continue }
                let result = kubernetes.evaluate(SourceFile(path: path, text: rendered.text), in: snapshot)
                let outputLines = rendered.text.split(separator: "\n", omittingEmptySubsequences: false)
                for (rule, violation) in result.violations {
                    let line = rendered.templateLine(forOutputLine: violation.line)
                    guard reported.insert("\(rule.id)|\(line)|\(violation.identity)").inserted else { continue }
                    var message = violation.message + " (rendered natively\(suffix))"
                    var related: [RelatedLocation] = []
                    if let value = rendering.valueLocation(ofOutputLine: violation.line, in: rendered, lines: outputLines, template: path) {
                        message += "; the value is `\(value.key)` in \(value.path):\(value.line)"
                        related.append(RelatedLocation(path: value.path, line: value.line, message: "`\(value.key)` is set here"))
                    }
                    var finding = Finding(rule: rule, violation: Violation(line: line, message: message, identity: violation.identity), path: path, commit: commit)
                    finding.related = related
                    raw.append(finding)
                }
                for problem in result.problems {
                    let mapped = ParseProblem(line: rendered.templateLine(forOutputLine: problem.line), message: "rendered output\(suffix): \(problem.message)")
                    if reported.insert(mapped.message).inserted { raw.append(parseError(mapped, kind: .helm, path: path)) }
                }
            }
        }
        apply(policyTo: raw, text: text, kind: .helm, path: path, into: &judgement)
    }
}

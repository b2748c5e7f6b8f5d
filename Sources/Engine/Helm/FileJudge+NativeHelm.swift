import InfragateParsers
import InfragateRules

/// Helm templates judged as what the native renderer makes of them, with each values variant.
extension FileJudge {
    /// `path` is a template, or the Chart.yaml of a chart without templates (which the Helm pack
    /// also judges, and counts as scanned).
    func judgeNativelyRenderedTemplate(_ path: String, text: String, chart: String, into judgement: inout Judgement) throws {
        guard let kubernetes = RuleCatalog.pack(for: .kubernetes) else {
            throw GateError.undecidable("no rule pack judges Kubernetes manifests (\(path))")
        }
        let renders = snapshot.shared("helm-native:\(chart)") { HelmChartRenders.render(chart: chart, in: snapshot) }
        if let failure = snapshot.readFailure { throw failure }
        if RepositoryPath.name(of: path) != "Chart.yaml" { judgement.scanned.append(ScannedFile(path: path, kind: .helm)) }
        let chartName = chart.isEmpty ? "." : chart
        if let error = renders.loadError {
            let problem = ParseProblem(line: 1, message: "the chart \(chartName) did not load: \(error.path):\(error.line): \(error.message)")
            apply(policyTo: [parseError(problem, kind: .helm, path: path)], text: text, kind: .helm, path: path, into: &judgement)
            return
        }
        var raw: [Finding] = []
        var inArchives: [String: [Finding]] = [:]
        var reported = Set<String>()
        for variant in renders.variants {
            let rendering = variant.rendering
            let suffix = variant.valuesFile.map { " with \(RepositoryPath.name(of: $0))" } ?? ""
            // What the chart could not render at all, and what its packaged subcharts render (no
            // file of the revision is theirs to be judged as), go with its first template.
            var targets = [path]
            if path == variant.firstOwnTemplate || (variant.firstOwnTemplate == nil && templatelessChart(anchoredAt: path) == chart) {
                if variant.valuesFile == nil {
                    for part in rendering.unrendered { unscanned(part.path, .notRendered, part.reason, into: &judgement) }
                }
                targets += variant.archivedManifests
            }
            for target in targets {
                guard let result = rendering.manifests[target] else { continue }
                let archive = ChartArchive.archive(containing: target)
                let reportedPath = archive ?? path
                switch result {
                case .failure(let error):
                    let location = "\(error.template):\(error.line)"
                    switch error.kind {
                    case .unsupported, .limit:
                        let detail = "Helm template not rendered natively\(suffix): \(error.message) (\(location))"
                        if reported.insert(detail).inserted { unscanned(reportedPath, .notRendered, detail, into: &judgement) }
                    case .failed, .syntax:
                        let line = archive == nil && error.template.hasSuffix("/" + String(path.dropFirst(chart.isEmpty ? 0 : chart.count + 1))) ? error.line : 1
                        let problem = ParseProblem(line: line, message: "the chart \(chartName) did not render\(suffix): \(location): \(error.message)")
                        if reported.insert(problem.message).inserted {
                            let finding = parseError(problem, kind: .helm, path: reportedPath)
                            if archive == nil { raw.append(finding) } else { inArchives[reportedPath, default: []].append(finding) }
                        }
                    }
                case .success(let rendered):
                    guard rendered.text.contains(where: { !$0.isWhitespace }) else { continue }
                    let result = kubernetes.evaluate(SourceFile(path: target, text: rendered.text, parameters: policy.ruleParameters, enabledRules: policy.enabledRules), in: snapshot)
                    let outputLines = rendered.text.split(separator: "\n", omittingEmptySubsequences: false)
                    for (rule, violation) in result.violations {
                        let templateLine = rendered.templateLine(forOutputLine: violation.line)
                        // Inside an archive the line is the archive's first: the template's own is named.
                        let line = archive == nil ? templateLine : 1
                        let within = archive == nil ? "" : " in \(target):\(templateLine)"
                        guard reported.insert("\(rule.id)|\(target)|\(templateLine)|\(violation.identity)").inserted else { continue }
                        var message = violation.message + " (rendered natively\(suffix)\(within))"
                        var related: [RelatedLocation] = []
                        if let value = rendering.valueLocation(ofOutputLine: violation.line, in: rendered, lines: outputLines, template: target) {
                            message += "; the value is `\(value.key)` in \(value.path):\(value.line)"
                            related.append(RelatedLocation(path: value.path, line: value.line, message: "`\(value.key)` is set here"))
                        }
                        var finding = Finding(rule: rule, violation: Violation(line: line, message: message, identity: violation.identity + within),
                                              path: reportedPath, commit: commit)
                        finding.related = related
                        if archive == nil { raw.append(finding) } else { inArchives[reportedPath, default: []].append(finding) }
                    }
                    for problem in result.problems {
                        let mapped = ParseProblem(line: archive == nil ? rendered.templateLine(forOutputLine: problem.line) : 1,
                                                  message: "rendered output\(suffix)\(archive == nil ? "" : " of \(target)"): \(problem.message)")
                        guard reported.insert(mapped.message).inserted else { continue }
                        let finding = parseError(mapped, kind: .helm, path: reportedPath)
                        if archive == nil { raw.append(finding) } else { inArchives[reportedPath, default: []].append(finding) }
                    }
                }
            }
        }
        for (archive, findings) in inArchives.sorted(by: { $0.key < $1.key }) {
            apply(policyTo: findings, text: nil, kind: .helm, path: archive, into: &judgement)
        }
        apply(policyTo: raw, text: text, kind: .helm, path: path, into: &judgement)
    }
}

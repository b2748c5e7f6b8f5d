import InfragateParsers
import InfragateRules

/// A kustomization's `helmCharts:` entry, inflated by the native Helm renderer as kustomize's
/// HelmChartInflationGenerator inflates it with `helm template`. The gate cannot pull a chart, so
/// it must be vendored where kustomize looks first (`<chartHome>/<name>`, or
/// `<chartHome>/<name>-<version>/<name>` with a `repo` and `version`). Each object keeps the line
/// that set it: a value from the kustomization's own values (`valuesInline`, `valuesFile`,
/// `additionalValuesFiles`) is located there, any other at the chart template line that wrote it.
struct KustomizeHelmChart {
    static let defaultChartHome = "charts"

    private static let evaluated: Set<String> = [
        "name", "repo", "version", "releaseName", "namespace", "valuesInline", "valuesFile", "additionalValuesFiles",
        "valuesMerge", "includeCRDs", "skipTests", "skipHooks", "debug",
    ]

    let name: String
    /// The entry's `name` line: where what goes wrong with the chart as a whole is reported.
    let origin: SourceLine
    let repo: String?
    /// The chart folder in the repository.
    let directory: String
    let release: NativeHelmRenderer.Release
    let valuesFile: (path: String, origin: SourceLine)?
    let additionalValuesFiles: [(path: String, origin: SourceLine)]
    let valuesInline: NativeHelmRenderer.Overrides?
    let valuesMerge: String
    let includeCRDs: Bool
    let skipTests: Bool
    let skipHooks: Bool

    /// Where kustomize looks for the chart, relative to the kustomization's folder.
    static func chartPath(name: String, version: String?, repo: String?, chartHome: String) -> String {
        let home = chartHome.isEmpty ? "." : chartHome
        if let version, !version.isEmpty, let repo, !repo.isEmpty { return home + "/\(name)-\(version)/\(name)" }
        return home + "/" + name
    }

    /// `written` is the same entry as parsed YAML, from which `valuesInline` is read with its lines.
    init(_ item: LocatedNode, written: YAMLNode?, chartHome: String, kustomization path: String) throws {
        guard item.isMapping, let nameEntry = item.entry("name"), let name = nameEntry.value.string, !name.isEmpty else {
            throw KustomizeFailure.malformed(item.origin, "a `helmCharts` entry needs a `name` (kustomize refuses it: chart name cannot be empty)")
        }
        self.name = name
        origin = nameEntry.keyOrigin
        for entry in item.entries where !Self.evaluated.contains(entry.key) {
            throw KustomizeFailure.unrenderable(entry.keyOrigin, "`helmCharts` field `\(entry.key)` of chart `\(name)` is not evaluated by infragate")
        }
        let directory = RepositoryPath.directory(of: path)
        repo = item["repo"]?.string
        let relative = Self.chartPath(name: name, version: item["version"]?.string, repo: repo, chartHome: chartHome)
        guard let chart = RepositoryPath.resolved(relative, in: directory), KustomizeRenderer.isInOrBelow(chart, directory) || chart == directory else {
            throw KustomizeFailure.malformed(origin, "the chart home of `\(name)` (`\(relative)`) is outside the kustomization's folder (kustomize refuses it)")
        }
        self.directory = chart
        // Without a name kustomize asks helm for a generated (time-stamped) one; a fixed one keeps renders reproducible.
        release = NativeHelmRenderer.Release(name: item["releaseName"]?.string ?? "release-name",
                                             namespace: item["namespace"]?.string ?? NativeHelmRenderer.Release.standard.namespace)
        func file(_ node: LocatedNode) throws -> (path: String, origin: SourceLine) {
            guard let relative = node.string else { throw KustomizeFailure.malformed(node.origin, "a values file of chart `\(name)` must be a path") }
            if KustomizeRenderer.isRemote(relative) {
                throw KustomizeFailure.unrenderable(node.origin, "remote values file `\(relative)` cannot be fetched by the gate")
            }
            guard let resolved = RepositoryPath.resolved(relative, in: directory), KustomizeRenderer.isInOrBelow(resolved, directory) else {
                throw KustomizeFailure.malformed(node.origin, "values file `\(relative)` is outside the kustomization's folder (kustomize refuses it)")
            }
            return (resolved, node.origin)
        }
        valuesFile = try item["valuesFile"].map(file)
        additionalValuesFiles = try Kustomization.list(item, "additionalValuesFiles").map(file)
        if let inline = item["valuesInline"], !inline.isNull {
            guard inline.isMapping, let node = written?["valuesInline"], let values = NativeHelmRenderer.Overrides.inline(node, in: path) else {
                throw KustomizeFailure.malformed(inline.origin, "`valuesInline` of chart `\(name)` must be a mapping")
            }
            valuesInline = values
        } else {
            valuesInline = nil
        }
        valuesMerge = item["valuesMerge"]?.string ?? "override"
        guard ["override", "merge", "replace"].contains(valuesMerge) else {
            throw KustomizeFailure.malformed(item.entry("valuesMerge")?.keyOrigin ?? origin, "valuesMerge must be one of override, merge, replace")
        }
        func flag(_ key: String) throws -> Bool {
            guard let node = item[key], !node.isNull else { return false }
            guard case .scalar(let scalar) = node.value, case .bool(let value) = scalar.value else {
                throw KustomizeFailure.malformed(node.origin, "`\(key)` of chart `\(name)` must be true or false")
            }
            return value
        }
        includeCRDs = try flag("includeCRDs")
        skipTests = try flag("skipTests")
        skipHooks = try flag("skipHooks")
    }

    /// The objects `helm template` would print for this entry: CRDs first when asked, then every
    /// template's in path order. What the renderer cannot render is unrenderable, what Helm itself
    /// would refuse (a syntax error, `fail`, `required`) is malformed: neither is a silent pass.
    func inflate(from snapshot: any RepositorySnapshot) throws -> [LocatedNode] {
        let (files, unpackFailures) = HelmChartRenders.chartFiles(directory, in: snapshot)
        guard files["Chart.yaml"] != nil else {
            if let repo {
                throw KustomizeFailure.unrenderable(origin, "chart `\(name)` from `\(repo)` cannot be fetched by the gate and is not vendored at `\(directory)`")
            }
            throw KustomizeFailure.malformed(origin, "chart `\(name)` is not at `\(directory)` and has no `repo`")
        }
        let chart: HelmChart
        do {
            chart = try HelmChart.load(directory: directory, files: files, unpackFailures: unpackFailures)
        } catch let error as HelmChart.LoadError {
            throw KustomizeFailure.malformed(SourceLine(path: error.path, line: error.line), "chart `\(name)` does not load: \(error.message)")
        }
        let rendering = NativeHelmRenderer.render(chart, layers: try layers(from: snapshot), release: release)
        if let part = rendering.unrendered.first {
            throw KustomizeFailure.unrenderable(origin, "chart `\(name)`: \(part.reason)")
        }
        var objects = includeCRDs ? try Self.definitions(of: chart) : []
        for (path, result) in rendering.manifests.sorted(by: { $0.key < $1.key }) {
            switch result {
            case .failure(let error):
                let location = SourceLine(path: path, line: error.template.hasSuffix(String(path.dropFirst(directory.count))) ? error.line : 1)
                switch error.kind {
                case .unsupported, .limit:
                    throw KustomizeFailure.unrenderable(location, "chart `\(name)` not rendered natively: \(error.message) (\(error.template):\(error.line))")
                case .failed, .syntax:
                    throw KustomizeFailure.malformed(location, "chart `\(name)` does not render: \(error.template):\(error.line): \(error.message)")
                }
            case .success(let rendered):
                objects += try Self.objects(of: rendered, template: path, rendering: rendering, chart: chart).filter(isPrinted)
            }
        }
        return objects
    }

    /// The values files in `--values` order (the last wins): kustomize writes `valuesFile` and
    /// `valuesInline` merged as `valuesMerge` says into one file, then adds `additionalValuesFiles`.
    private func layers(from snapshot: any RepositorySnapshot) throws -> [NativeHelmRenderer.Overrides] {
        func read(_ file: (path: String, origin: SourceLine)) throws -> NativeHelmRenderer.Overrides {
            guard let text = snapshot.text(at: file.path) else {
                throw KustomizeFailure.malformed(file.origin, "values file `\(file.path)` of chart `\(name)` is missing, binary or too large")
            }
            switch NativeHelmRenderer.Overrides.parse(text, path: file.path) {
            case .success(let overrides): return overrides
            case .failure(let problem): throw KustomizeFailure.malformed(SourceLine(path: file.path, line: problem.line), problem.message)
            }
        }
        let file = try valuesFile.map(read)
        var layers: [NativeHelmRenderer.Overrides]
        switch (valuesMerge, valuesInline) {
        case (_, nil): layers = file.map { [$0] } ?? []
        case ("replace", let inline?): layers = [inline]
        // `merge` keeps what the values file sets and fills the rest from `valuesInline`.
        case ("merge", let inline?): layers = [inline] + (file.map { [$0] } ?? [])
        case (_, let inline?): layers = (file.map { [$0] } ?? []) + [inline]
        }
        return layers + (try additionalValuesFiles.map(read))
    }

    /// `--skip-tests` drops test hooks, `--no-hooks` every hook; `helm template` prints the rest.
    private func isPrinted(_ object: LocatedNode) -> Bool {
        guard let hook = object["metadata"]?["annotations"]?["helm.sh/hook"]?.string else { return true }
        if skipHooks { return false }
        return !(skipTests && hook.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("test") })
    }

    /// A template's output as objects, each line located at the kustomization's values line that
    /// decided it, else at the template line that wrote it (the chart's own defaults are the chart's to answer for).
    private static func objects(of rendered: RenderedText, template: String, rendering: HelmRendering, chart: HelmChart) throws -> [LocatedNode] {
        guard rendered.text.contains(where: { !$0.isWhitespace }) else { return [] }
        let lines = rendered.text.split(separator: "\n", omittingEmptySubsequences: false)
        let origins = (0...lines.count).map { line -> SourceLine in
            if let value = rendering.valueLocation(ofOutputLine: line, in: rendered, lines: lines, template: template),
               !isChartValues(value.path, of: chart) {
                return SourceLine(path: value.path, line: value.line)
            }
            return SourceLine(path: template, line: rendered.templateLine(forOutputLine: line))
        }
        return try KustomizeRenderer.objects(in: rendered.text) { origins.indices.contains($0) ? origins[$0] : SourceLine(path: template, line: 1) }
    }

    private static func isChartValues(_ path: String, of chart: HelmChart) -> Bool {
        RepositoryPath.name(of: path) == "values.yaml" && (path == RepositoryPath.joined(chart.directory, "values.yaml")
            || path.hasPrefix(chart.directory.isEmpty ? "charts/" : chart.directory + "/charts/"))
    }

    /// `--include-crds`: the files of `crds/` (the chart's and its subcharts'), printed as written.
    private static func definitions(of chart: HelmChart) throws -> [LocatedNode] {
        var objects: [LocatedNode] = []
        for (relative, text) in chart.files.sorted(by: { $0.key < $1.key }) where relative.hasPrefix("crds/")
            && (relative.hasSuffix(".yaml") || relative.hasSuffix(".yml")) {
            objects += try KustomizeRenderer.objects(in: text, path: RepositoryPath.joined(chart.directory, relative))
        }
        for (_, subchart) in chart.subcharts.sorted(by: { $0.key < $1.key }) { objects += try definitions(of: subchart) }
        return objects
    }
}

import InfragateParsers
import InfragateRules

/// A chart of the revision rendered with its default values and with each values variant beside
/// it (`values-prod.yaml`, `values.staging.yaml`, `ci/*-values.yaml`), once per gate run.
struct HelmChartRenders: Sendable {
    struct Variant: Sendable {
        /// nil for the chart's default values.
        let valuesFile: String?
        let rendering: HelmRendering
        /// The first template of the chart's own (in path order), which also carries what the chart
        /// could not render and what its packaged subcharts render; those, in path order. Found once
        /// per rendering, not once per template: a chart's every template asks.
        let firstOwnTemplate: String?
        let archivedManifests: [String]

        init(valuesFile: String?, rendering: HelmRendering) {
            self.valuesFile = valuesFile
            self.rendering = rendering
            let paths = rendering.manifests.keys.sorted()
            firstOwnTemplate = paths.first { ChartArchive.archive(containing: $0) == nil }
            archivedManifests = paths.filter { ChartArchive.archive(containing: $0) != nil }
        }
    }

    let chart: String
    let variants: [Variant]
    /// Why the chart could not be loaded at all (Chart.yaml or a values file does not parse).
    let loadError: HelmChart.LoadError?

    /// Values variants rendered beyond the defaults: enough for real charts, bounded for hostile ones.
    static let maxVariants = 16

    static func render(chart directory: String, in snapshot: any RepositorySnapshot) -> HelmChartRenders {
        let (files, unpackFailures) = chartFiles(directory, in: snapshot)
        let chart: HelmChart
        do {
            chart = try HelmChart.load(directory: directory, files: files, unpackFailures: unpackFailures)
        } catch let error as HelmChart.LoadError {
            return HelmChartRenders(chart: directory, variants: [], loadError: error)
        } catch {
            return HelmChartRenders(chart: directory, variants: [], loadError: .init(path: directory, line: 1, message: "\(error)"))
        }
        var variants = [Variant(valuesFile: nil, rendering: NativeHelmRenderer.render(chart))]
        for relative in valuesVariants(in: files).prefix(maxVariants) {
            let path = RepositoryPath.joined(directory, relative)
            guard let text = files[relative] ?? nil else { continue }
            switch NativeHelmRenderer.Overrides.parse(text, path: path) {
            case .success(let overrides):
                variants.append(Variant(valuesFile: path, rendering: NativeHelmRenderer.render(chart, overrides: overrides)))
            case .failure(let problem):
                return HelmChartRenders(chart: directory, variants: [], loadError: .init(path: path, line: problem.line, message: problem.message))
            }
        }
        return HelmChartRenders(chart: directory, variants: variants, loadError: nil)
    }

    /// `values-*.yaml`, `values.*.yaml` beside Chart.yaml and `ci/*-values.yaml` (chart-testing's).
    static func valuesVariants(in files: [String: String?]) -> [String] {
        files.keys.filter { path in
            let name = RepositoryPath.name(of: path)
            let isYAML = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
            guard isYAML else { return false }
            if !path.contains("/") { return name != "values.yaml" && (name.hasPrefix("values-") || name.hasPrefix("values.")) }
            return RepositoryPath.directory(of: path) == "ci" && (name.hasSuffix("-values.yaml") || name.hasSuffix("-values.yml"))
        }.sorted()
    }

    /// The chart's files by path relative to it (nil text: not readable as text), its packaged
    /// subcharts unpacked in place (`charts/redis-17.3.0.tgz/templates/…`), and the `file://`
    /// dependencies it names placed under `charts/` as `helm dependency build` would; with the
    /// archives that could not be unpacked, and why.
    static func chartFiles(_ directory: String, in snapshot: any RepositorySnapshot, depth: Int = 0)
        -> (files: [String: String?], unpackFailures: [(path: String, reason: String)]) {
        let prefix = directory.isEmpty ? "" : directory + "/"
        var files: [String: String?] = [:]
        for path in snapshot.filePaths(under: directory) {
            files[String(path.dropFirst(prefix.count))] = .some(snapshot.text(at: path))
        }
        let bytes = snapshot as? any FileBytes
        var budget = ChartArchive.maxUnpackedBytes
        var failures = ChartArchive.expand(&files, bytes: { bytes?.bytes(at: prefix + $0) }, depth: HelmChart.maxNesting - depth, budget: &budget)
        guard depth < HelmChart.maxNesting, let chartText = files["Chart.yaml"] ?? nil,
              let root = YAMLParser.parse(chartText, dialect: .kubernetes).documents.first?.root else { return (files, failures) }
        for dependency in root["dependencies"]?.items ?? [] {
            guard let name = dependency["name"]?.string, let repository = dependency["repository"]?.string,
                  repository.hasPrefix("file://"), !files.keys.contains(where: { $0.hasPrefix("charts/\(name)/") }),
                  let target = RepositoryPath.resolved(String(repository.dropFirst("file://".count)), in: directory) else { continue }
            let dependencyFiles = chartFiles(target, in: snapshot, depth: depth + 1)
            for (path, text) in dependencyFiles.files { files["charts/\(name)/" + path] = text }
            failures += dependencyFiles.unpackFailures.map { ("charts/\(name)/" + $0.path, $0.reason) }
        }
        return (files, failures)
    }
}

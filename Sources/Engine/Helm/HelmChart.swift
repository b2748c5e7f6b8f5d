import InfragateParsers

/// A chart as Helm loads it: `Chart.yaml`, `values.yaml`, the files under `templates/`, the other
/// files `.Files` serves, and its subcharts (unpacked under `charts/`). Built from the chart's
/// files by path relative to the chart folder, wherever they were read from (a revision, or a
/// Kustomize `helmCharts:` entry).
public struct HelmChart: Sendable {
    public struct Dependency: Sendable {
        let name: String
        let alias: String?
        let condition: String?
        let tags: [String]
        let repository: String
        /// `import-values`: the child's values path and where it lands in the parent ("" the root).
        let imports: [(child: String, parent: String)]
    }

    /// Where the chart's files live in the repository ("" is the root), for reporting paths.
    public let directory: String
    public let name: String
    public let isLibrary: Bool
    /// `.Chart`: Chart.yaml with Helm's capitalised field names.
    let metadata: TemplateValue
    let values: TemplateValue
    /// The line of each key path in `values.yaml`.
    let valueLines: [String: Int]
    /// Template paths relative to the chart, with their text.
    let templates: [(path: String, text: String)]
    /// `.Files`: every other file outside `templates/` and `charts/`.
    let files: [String: String]
    let dependencies: [Dependency]
    /// Subcharts by the folder name under `charts/`.
    let subcharts: [String: HelmChart]
    /// What could not be loaded: archives, unreadable files, missing dependencies, with why.
    let unloadable: [(path: String, reason: String)]

    public struct LoadError: Error, Sendable {
        public let path: String
        public let line: Int
        public let message: String
    }

    /// Subcharts nest at most this deep (a chart vendoring itself is not a hang).
    static let maxNesting = 10

    /// Loads a chart from its files (`nil` text: present but not readable as text, such as a `.tgz`).
    /// `unpackFailures` are the packaged subcharts that could not be unpacked, with why.
    public static func load(directory: String, files: [String: String?], unpackFailures: [(path: String, reason: String)] = [],
                            depth: Int = 0) throws -> HelmChart {
        let chartPath = RepositoryPath.joined(directory, "Chart.yaml")
        guard let chartText = files["Chart.yaml"] ?? nil else {
            throw LoadError(path: chartPath, line: 1, message: "Chart.yaml is missing or unreadable")
        }
        let chartFile = YAMLParser.parse(chartText, dialect: .kubernetes)
        if let problem = chartFile.problems.first { throw LoadError(path: chartPath, line: problem.line, message: problem.message) }
        let chartRoot = chartFile.documents.first?.root
        let name = chartRoot?["name"]?.string ?? RepositoryPath.name(of: directory)

        var values: TemplateValue = .map([:])
        var valueLines: [String: Int] = [:]
        if let valuesText = files["values.yaml"] ?? nil {
            let parsed = YAMLParser.parse(valuesText, dialect: .kubernetes)
            if let problem = parsed.problems.first {
                throw LoadError(path: RepositoryPath.joined(directory, "values.yaml"), line: problem.line, message: problem.message)
            }
            if let root = parsed.documents.first?.root, root.isMapping { values = HelmData.value(of: root, lines: &valueLines) }
        }

        var templates: [(String, String)] = []
        var chartFiles: [String: String] = [:]
        // A failure is told by the chart whose `charts/` holds the archive; deeper ones go down.
        var unloadable: [(String, String)] = unpackFailures.filter { RepositoryPath.directory(of: $0.path) == "charts" }.map { ($0.path, $0.reason) }
        var subchartFiles: [String: [String: String?]] = [:]
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            if path.hasPrefix("charts/") {
                let rest = path.dropFirst("charts/".count)
                if let slash = rest.firstIndex(of: "/") {
                    subchartFiles[String(rest[..<slash]), default: [:]][String(rest[rest.index(after: slash)...])] = text
                } else if ChartArchive.isArchive(path), !unpackFailures.contains(where: { $0.path == path }) {
                    unloadable.append((path, "the packaged subchart \(path) could not be read (over the size limit)"))
                }
                continue
            }
            if path.hasPrefix("templates/") {
                guard let text else { unloadable.append((path, "the template \(path) is not readable text")); continue }
                templates.append((path, text))
                continue
            }
            if ["Chart.yaml", "Chart.lock", "values.yaml", "values.schema.json", "requirements.yaml", "requirements.lock"].contains(path) { continue }
            if let text { chartFiles[path] = text }
        }

        var subcharts: [String: HelmChart] = [:]
        if depth < maxNesting {
            for (folder, contents) in subchartFiles where contents["Chart.yaml"] != nil {
                let inside = "charts/\(folder)/"
                let failures = unpackFailures.filter { $0.path.hasPrefix(inside) }.map { (path: String($0.path.dropFirst(inside.count)), reason: $0.reason) }
                subcharts[folder] = try load(directory: RepositoryPath.joined(directory, "charts/" + folder), files: contents,
                                             unpackFailures: failures, depth: depth + 1)
            }
        }
        let dependencies: [Dependency] = (chartRoot?["dependencies"]?.items ?? []).compactMap { node in
            guard let name = node["name"]?.string else { return nil }
            // A name alone imports the child's `exports.<name>` into the parent's root.
            let imports: [(child: String, parent: String)] = (node["import-values"]?.items ?? []).compactMap { item in
                if let name = item.string { return ("exports." + name, "") }
                guard let child = item["child"]?.string, let parent = item["parent"]?.string else { return nil }
                return (child, parent)
            }
            return Dependency(name: name, alias: node["alias"]?.string, condition: node["condition"]?.string,
                              tags: node["tags"]?.items.compactMap(\.string) ?? [], repository: node["repository"]?.string ?? "",
                              imports: imports)
        }
        let present = Set(subcharts.values.map(\.name))
        for dependency in dependencies where !present.contains(dependency.name) {
            unloadable.append(("charts/", "the dependency \(dependency.name) (\(dependency.repository)) is not vendored under charts/"))
        }
        return HelmChart(directory: directory, name: name, isLibrary: chartRoot?["type"]?.string == "library",
                         metadata: chartRoot.map(metadata(of:)) ?? .map([:]), values: values, valueLines: valueLines,
                         templates: templates, files: chartFiles, dependencies: dependencies, subcharts: subcharts, unloadable: unloadable)
    }

    /// Chart.yaml as `.Chart` shows it: Go's field names (`Name`, `AppVersion`, `APIVersion`).
    private static func metadata(of root: YAMLNode) -> TemplateValue {
        var map: [String: TemplateValue] = [:]
        for entry in root.entries {
            let key = entry.key == "apiVersion" ? "APIVersion" : entry.key.prefix(1).uppercased() + entry.key.dropFirst()
            // Chart.yaml is read into Go strings, so `version: 1.0` is "1.0", not a number.
            if let scalar = entry.value.scalar, entry.key != "deprecated" {
                map[key] = .string(scalar.text)
            } else {
                map[key] = HelmData.value(of: entry.value)
            }
        }
        return .map(map)
    }
}


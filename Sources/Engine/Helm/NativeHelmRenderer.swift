import InfragateParsers

/// Where a values key was set, so a finding on what it rendered to can point at it.
public struct ValueLocation: Sendable, Equatable {
    public let path: String
    public let line: Int
    public let key: String
}

/// What rendering a chart produced, by template path in the repository.
public struct HelmRendering: Sendable {
    /// A template's rendered text, or why it did not render.
    public var manifests: [String: Result<RenderedText, TemplateError>] = [:]
    /// The values key of each template's chart resolved to where it was set (highest precedence first).
    var valueSources: [String: ValueSources] = [:]
    /// Parts of the chart that were not rendered (packaged subcharts, missing dependencies), with why.
    public var unrendered: [(path: String, reason: String)] = []

    public func valueLocation(ofKey key: String, forTemplate path: String) -> ValueLocation? {
        valueSources[path]?.location(of: key)
    }

    /// The values key printed on an output line, narrowed to the line's own key when a whole
    /// block was printed (`toYaml .Values.securityContext` writing `privileged: true`).
    func valueLocation(ofOutputLine outputLine: Int, in rendered: RenderedText, lines: [Substring], template: String) -> ValueLocation? {
        guard let key = rendered.valueKeys[outputLine] else { return nil }
        if outputLine >= 1, outputLine <= lines.count, let own = Self.yamlKey(of: lines[outputLine - 1]),
           let narrowed = valueLocation(ofKey: key + "." + own, forTemplate: template) {
            return narrowed
        }
        return valueLocation(ofKey: key, forTemplate: template)
    }

    /// `privileged` for `      privileged: true` or `- name: x`.
    private static func yamlKey(of line: Substring) -> String? {
        var text = line.drop { $0 == " " }
        if text.hasPrefix("- ") { text = text.dropFirst(2).drop { $0 == " " } }
        guard let colon = text.firstIndex(of: ":"), colon > text.startIndex, !text[..<colon].contains(" ") else { return nil }
        return String(text[..<colon])
    }
}

/// The values files a chart's values came from, each under the key prefix it sets (a subchart's
/// values come from the parent's `<name>.` keys before its own `values.yaml`).
struct ValueSources: Sendable {
    struct Layer: Sendable {
        let prefix: String
        let path: String
        let lines: [String: Int]
    }

    var layers: [Layer]

    func location(of key: String) -> ValueLocation? {
        for layer in layers {
            if let line = layer.lines[layer.prefix + key] { return ValueLocation(path: layer.path, line: line, key: layer.prefix + key) }
            // A subchart's `global.x` is the parent's own `global.x`, not under the subchart's key.
            if key.hasPrefix("global."), let line = layer.lines[key] { return ValueLocation(path: layer.path, line: line, key: key) }
        }
        return nil
    }

    func scoped(to prefix: String, below own: Layer) -> ValueSources {
        ValueSources(layers: layers.map { Layer(prefix: $0.prefix + prefix, path: $0.path, lines: $0.lines) } + [own])
    }
}

/// Renders a chart natively, as `helm template infragate <chart>` would: `.Values` from the
/// chart's values merged with one override file, subcharts with their scoped and global values,
/// library charts only lending their helpers. Callable with any chart's files (Kustomize's
/// `helmCharts:` too): `render(_:overrides:)` is the whole interface.
public enum NativeHelmRenderer {
    public struct Overrides: Sendable {
        public let path: String
        public let values: TemplateValue
        let lines: [String: Int]

        /// A values file (`values-prod.yaml`) read as Helm reads it; nil when it is not a mapping.
        public static func parse(_ text: String, path: String) -> Result<Overrides, ParseProblem> {
            let parsed = YAMLParser.parse(text, dialect: .kubernetes)
            if let problem = parsed.problems.first { return .failure(problem) }
            var lines: [String: Int] = [:]
            guard let root = parsed.documents.first?.root else { return .success(Overrides(path: path, values: .map([:]), lines: [:])) }
            let values = HelmData.value(of: root, lines: &lines)
            guard case .map = values else { return .failure(ParseProblem(line: root.line, message: "values are not a mapping")) }
            return .success(Overrides(path: path, values: values, lines: lines))
        }

        /// Values written inside another file (a kustomization's `valuesInline`), located in it.
        static func inline(_ node: YAMLNode, in path: String) -> Overrides? {
            var lines: [String: Int] = [:]
            let values = HelmData.value(of: node, lines: &lines)
            guard case .map = values else { return nil }
            return Overrides(path: path, values: values, lines: lines)
        }
    }

    /// `.Release`'s name and namespace (`helm template NAME --namespace NS`).
    public struct Release: Sendable {
        public let name: String
        public let namespace: String

        /// What `helm template` uses without a name; infragate's own name keeps earlier reports stable.
        public static let standard = Release(name: "infragate", namespace: "default")

        public init(name: String, namespace: String) {
            self.name = name
            self.namespace = namespace
        }

        var value: TemplateValue {
            .map(["Name": .string(name), "Namespace": .string(namespace), "IsInstall": .bool(true), "IsUpgrade": .bool(false),
                  "Revision": .int(1), "Service": .string("Helm")])
        }
    }

    static let capabilities: TemplateValue = .map([
        "KubeVersion": .map(["Version": .string("v1.32.0"), "Major": .string("1"), "Minor": .string("32"), "GitVersion": .string("v1.32.0")]),
        "APIVersions": .object(HelmAPIVersions()),
        "HelmVersion": .map(["Version": .string("v3.16.0"), "GitCommit": .string(""), "GoVersion": .string("go1.22")]),
    ])

    public static func render(_ chart: HelmChart, overrides: Overrides? = nil, limits: TemplateLimits = .standard) -> HelmRendering {
        render(chart, layers: overrides.map { [$0] } ?? [], release: .standard, limits: limits)
    }

    /// `layers` apply in order over the chart's values, as repeated `--values` files do: the last wins.
    static func render(_ chart: HelmChart, layers: [Overrides], release: Release, limits: TemplateLimits = .standard) -> HelmRendering {
        var rendering = HelmRendering()
        let evaluator = TemplateEvaluator(functions: functions(), mutating: ["set", "unset", "merge", "mergeOverwrite"], limits: limits)
        var topValues = chart.values
        var sources = ValueSources(layers: [])
        for overrides in layers {
            topValues = HelmData.merged(topValues, with: overrides.values)
            sources.layers.insert(.init(prefix: "", path: overrides.path, lines: overrides.lines), at: 0)
        }
        sources.layers.append(.init(prefix: "", path: RepositoryPath.joined(chart.directory, "values.yaml"), lines: chart.valueLines))

        var units: [Unit] = []
        collect(chart, values: topValues, sources: sources, templatePrefix: chart.name, depth: 0, into: &units, unrendered: &rendering.unrendered)
        // Every template's `define`s are shared; the deepest chart first, so a parent's definition wins.
        var parsed: [String: Result<ParsedTemplate, TemplateError>] = [:]
        for unit in units.sorted(by: { $0.depth > $1.depth }) {
            for template in unit.chart.templates {
                let name = unit.templatePrefix + "/" + template.path
                let result = Result { try TemplateParser.parse(template.text, name: name) }.mapError { $0 as! TemplateError }
                parsed[name] = result
                if case .success(let template) = result { evaluator.define(template) }
            }
        }
        for unit in units where !unit.chart.isLibrary {
            for template in unit.chart.templates where isManifest(template.path) {
                let name = unit.templatePrefix + "/" + template.path
                let repositoryPath = RepositoryPath.joined(unit.chart.directory, template.path)
                rendering.valueSources[repositoryPath] = unit.sources
                let data: TemplateValue = .map([
                    "Values": unit.values, "Release": release.value, "Chart": unit.chart.metadata, "Capabilities": capabilities,
                    "Files": .object(HelmFiles(unit.chart.files)),
                    "Template": .map(["Name": .string(name), "BasePath": .string(unit.templatePrefix + "/templates")]),
                ])
                rendering.manifests[repositoryPath] = parsed[name]!.flatMap { template in
                    Result { try evaluator.render(template, data: data) }.mapError { $0 as! TemplateError }
                }
            }
        }
        return rendering
    }

    /// A chart to render with the values it sees.
    private struct Unit {
        let chart: HelmChart
        let values: TemplateValue
        let sources: ValueSources
        let templatePrefix: String
        let depth: Int
    }

    private static func collect(_ chart: HelmChart, values: TemplateValue, sources: ValueSources, templatePrefix: String, depth: Int,
                                into units: inout [Unit], unrendered: inout [(path: String, reason: String)]) {
        unrendered += chart.unloadable.map { (RepositoryPath.joined(chart.directory, $0.path), $0.reason) }
        let global: TemplateValue = { if case .map(let map) = values { return map["global"] ?? .map([:]) }; return .map([:]) }()
        var children: [(chart: HelmChart, folder: String, key: String, values: TemplateValue)] = []
        var imported: TemplateValue = .map([:])
        for (folder, subchart) in chart.subcharts.sorted(by: { $0.key < $1.key }) {
            let declared = chart.dependencies.filter { $0.name == subchart.name }
            for dependency in declared.isEmpty ? [nil] : declared.map(Optional.some) {
                if let dependency, !isEnabled(dependency, in: values) { continue }
                let key = dependency?.alias ?? subchart.name
                var scoped = HelmData.merged(subchart.values, with: HelmData.value(at: key, in: values))
                // `global` flows down: the parent's globals win over the subchart's own.
                let ownGlobal = HelmData.value(at: "global", in: scoped)
                scoped = HelmData.merged(scoped, with: .map(["global": HelmData.merged(ownGlobal, with: global)]))
                for (child, parent) in dependency?.imports ?? [] {
                    let table = child.split(separator: ".").reduce(scoped) { HelmData.value(at: String($1), in: $0) }
                    guard case .map = table else { continue }
                    let placed = parent.split(separator: ".").reversed().reduce(table) { .map([String($1): $0]) }
                    imported = HelmData.merged(imported, with: placed)
                }
                children.append((subchart, folder, key, scoped))
            }
        }
        // Helm's `import-values`: what the parent sets itself wins over what it imports.
        let own = HelmData.merged(imported, with: values)
        units.append(Unit(chart: chart, values: own, sources: sources, templatePrefix: templatePrefix, depth: depth))
        for child in children {
            let layer = ValueSources.Layer(prefix: "", path: RepositoryPath.joined(child.chart.directory, "values.yaml"), lines: child.chart.valueLines)
            collect(child.chart, values: child.values, sources: sources.scoped(to: child.key + ".", below: layer),
                    templatePrefix: templatePrefix + "/charts/" + child.folder, depth: depth + 1, into: &units, unrendered: &unrendered)
        }
    }

    /// Helm's rule: the first `condition` path that holds a boolean decides; else a tag set true
    /// enables, and tags set only false disable; else the subchart is enabled.
    private static func isEnabled(_ dependency: HelmChart.Dependency, in values: TemplateValue) -> Bool {
        for path in (dependency.condition ?? "").split(separator: ",") {
            var current = values
            for key in path.trimmingCharacters(in: .whitespaces).split(separator: ".") { current = HelmData.value(at: String(key), in: current) }
            if case .bool(let enabled) = current { return enabled }
        }
        let tags = HelmData.value(at: "tags", in: values)
        let settings = dependency.tags.map { HelmData.value(at: $0, in: tags) }.compactMap { value -> Bool? in
            if case .bool(let flag) = value { return flag }
            return nil
        }
        return settings.contains(true) || !settings.contains(false)
    }

    /// Helm renders every file of `templates/` but partials (`_helpers.tpl`) and `NOTES.txt`.
    static func isManifest(_ path: String) -> Bool {
        let name = RepositoryPath.name(of: path)
        return !name.hasPrefix("_") && name != "NOTES.txt"
    }
}

extension HelmData {
    static func value(at key: String, in value: TemplateValue) -> TemplateValue {
        if case .map(let map) = value { return map[key] ?? .null }
        return .null
    }
}

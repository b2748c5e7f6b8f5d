@testable import InfragateEngine
import InfragateParsers
import XCTest

/// Renders a chart given as files (path relative to the chart → text) and returns each template's output.
func renderChart(_ files: [String: String?], directory: String = "chart", overrides: String? = nil, limits: TemplateLimits = .standard,
                 file: StaticString = #filePath, line: UInt = #line) throws -> (HelmRendering, [String: String]) {
    let chart = try HelmChart.load(directory: directory, files: files)
    var parsedOverrides: NativeHelmRenderer.Overrides?
    if let overrides { parsedOverrides = try NativeHelmRenderer.Overrides.parse(overrides, path: "\(directory)/values-prod.yaml").get() }
    let rendering = NativeHelmRenderer.render(chart, overrides: parsedOverrides, limits: limits)
    var texts: [String: String] = [:]
    for (path, result) in rendering.manifests {
        switch result {
        case .success(let rendered): texts[path] = rendered.text
        case .failure(let error): texts[path] = "ERROR \(error.kind) \(error.template):\(error.line): \(error.message)"
        }
    }
    return (rendering, texts)
}

/// One template rendered with `values` as values.yaml.
func renderTemplate(_ template: String, values: String = "", helpers: String? = nil, limits: TemplateLimits = .standard,
                    file: StaticString = #filePath, line: UInt = #line) throws -> String {
    var files: [String: String?] = ["Chart.yaml": "apiVersion: v2\nname: demo\nversion: 1.2.3\nappVersion: \"4.5\"\n", "values.yaml": values, "templates/t.yaml": template]
    if let helpers { files["templates/_helpers.tpl"] = helpers }
    return try renderChart(files, limits: limits).1["chart/templates/t.yaml"] ?? "MISSING"
}

import InfragateRules
import XCTest

final class HelmPackTests: XCTestCase {
    private func evaluate(_ text: String, path: String) -> PackResult {
        HelmPack.evaluate(SourceFile(path: path, text: text), in: EmptySnapshot())
    }

    func testValuesVariantsAreJudged() {
        let result = evaluate("securityContext:\n  privileged: true\n", path: "charts/api/values-prod.yaml")
        XCTAssertEqual(result.violations.map(\.rule.id), ["HELM-PRIVILEGED"])
        XCTAssertEqual(result.violations.first?.violation.identity, "values:securityContext.privileged")
    }

    func testSettingsInsideListsAreFound() {
        let result = evaluate("sidecars:\n  - name: proxy\n    securityContext:\n      runAsUser: 0\n", path: "values.yaml")
        XCTAssertEqual(result.violations.map(\.violation.line), [4])
        XCTAssertEqual(result.violations.first?.violation.identity, "values:sidecars[0].securityContext.runAsUser")
    }

    func testTemplatesNeedRenderingAndAreNotParsedAsYAML() {
        let template = "apiVersion: v1\nkind: Pod\nspec:\n  {{- toYaml .Values.spec | nindent 2 }}\n"
        XCTAssertTrue(HelmPack.needsRendering("charts/api/templates/pod.yaml"))
        XCTAssertFalse(HelmPack.needsRendering("charts/api/values.yaml"))
        let result = evaluate(template, path: "charts/api/templates/pod.yaml")
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.violations.count, 0)
    }

    func testChartFilesAreParsedButCarryNoValueRules() {
        let chart = evaluate("apiVersion: v2\nname: api\nversion: 1.0.0\nprivileged: true\n", path: "charts/api/Chart.yaml")
        XCTAssertEqual(chart.violations.count, 0)
        XCTAssertEqual(evaluate("name: [broken\n", path: "charts/api/Chart.yaml").problems.map(\.line), [1])
    }
}

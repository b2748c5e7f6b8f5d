import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// With `helm: { renderer: helm }`, Helm templates are judged as what `helm template` renders.
/// `helm` is not installed on this machine, so a stand-in script plays it: it checks that
/// infragate wrote the chart out and asked for `helm template`, and prints what helm prints
/// (manifests under `# Source:` comments).
final class HelmRenderingTests: XCTestCase {
    private var repository: TemporaryRepository!
    private var tools: URL!

    private static let template = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ .Release.Name }}
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: "{{ .Values.image }}"
                  securityContext:
                    privileged: {{ .Values.privileged }}
        """

    private static let rendered = """
        ---
        # Source: app/templates/deploy.yaml
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: infragate
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: "registry.example.com/app:1.4.2"
                  securityContext:
                    privileged: true
        """

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        tools = repository.root.appendingPathComponent(".tools")
        try repository.write("README.md", "chart\n")
        try repository.write(".infragate.yml", "version: 1\nhelm: { renderer: helm }\n")
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
        try repository.write("charts/app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 0.1.0\n")
        try repository.write("charts/app/values.yaml", "image: registry.example.com/app:1.4.2\nprivileged: true\n")
        try repository.write("charts/app/templates/deploy.yaml", Self.template)
        try repository.commitAll("chart")
    }

    private func installHelm(_ body: String) throws {
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        let helm = tools.appendingPathComponent("helm")
        try ("#!/bin/sh\n" + body).write(to: helm, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: helm.path)
    }

    private func check() throws -> GateReport {
        let result = try InfragateBinary.run(["check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", "json"],
                                             environment: ["PATH": "\(tools.path):/usr/bin:/bin"])
        XCTAssertTrue([0, 1].contains(result.status), result.stderr)
        return try JSONDecoder().decode(GateReport.self, from: Data(result.stdout.utf8))
    }

    func testTemplateIsJudgedAsItsRenderedManifestOnTheTemplatesLines() throws {
        try installHelm("""
            [ "$1" = template ] && [ -f "$3/Chart.yaml" ] && [ -f "$3/templates/deploy.yaml" ] || { echo "Error: unexpected call $*" >&2; exit 1; }
            cat <<'EOF'
            \(Self.rendered)
            EOF
            """)
        let report = try check()
        let privileged = report.findings.first { $0.finding.ruleID == "K8S-PRIVILEGED" }
        XCTAssertEqual(privileged?.finding.path, "charts/app/templates/deploy.yaml")
        XCTAssertEqual(privileged?.finding.line, 12, "the template's `privileged:` line")
        XCTAssertTrue(privileged?.finding.message.contains("as rendered by helm") ?? false)
        XCTAssertTrue(report.scanned.contains(ScannedFile(path: "charts/app/templates/deploy.yaml", kind: .helm)))
        XCTAssertFalse(report.decision.passed)
    }

    func testAChartThatDoesNotRenderFailsClosed() throws {
        try installHelm("echo 'Error: template: app/templates/deploy.yaml:4: function \"nope\" not defined' >&2\nexit 1\n")
        let report = try check()
        let error = report.findings.first { $0.finding.ruleID == "GATE-PARSE-ERROR" }
        XCTAssertEqual(error?.finding.path, "charts/app/templates/deploy.yaml")
        XCTAssertTrue(error?.finding.message.contains("function \"nope\" not defined") ?? false, "\(String(describing: error))")
        XCTAssertFalse(report.decision.passed)
    }

    func testWithoutHelmTheTemplateFailsClosed() throws {
        let report = try check()
        XCTAssertEqual(report.skipped.map(\.path), ["charts/app/templates/deploy.yaml"])
        XCTAssertEqual(report.skipped.first?.reason, .missingTool)
        let unscanned = report.findings.filter { $0.finding.ruleID == "GATE-UNSCANNED-FILE" }
        XCTAssertEqual(unscanned.map(\.finding.path), ["charts/app/templates/deploy.yaml"])
        XCTAssertTrue(unscanned.first?.finding.message.contains("which is not installed") ?? false)
        XCTAssertFalse(report.decision.passed)
    }
}

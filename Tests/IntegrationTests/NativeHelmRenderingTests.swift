import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// Helm charts rendered natively (no helm binary on PATH), through `infragate check`.
final class NativeHelmRenderingTests: XCTestCase {
    private var repository: TemporaryRepository!

    private static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ include "app.fullname" . }}
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                  securityContext:
                    {{- toYaml .Values.securityContext | nindent 12 }}
        """

    private static let helpers = """
        {{- define "app.fullname" -}}
        {{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
        {{- end -}}
        """

    private static let values = """
        image:
          repository: registry.example.com/app
          tag: 1.4.2
        securityContext:
          runAsNonRoot: true
          allowPrivilegeEscalation: false
          privileged: false

        """

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("README.md", "chart\n")
        try repository.write("charts/app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 0.1.0\n")
        try repository.write("charts/app/values.yaml", Self.values)
        try repository.write("charts/app/templates/_helpers.tpl", Self.helpers)
        try repository.write("charts/app/templates/deploy.yaml", Self.deployment)
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
    }

    private func check() throws -> GateReport {
        let result = try InfragateBinary.run(["check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", "json"],
                                             environment: ["PATH": "/usr/bin:/bin"])
        XCTAssertTrue([0, 1].contains(result.status), result.stderr)
        return try JSONDecoder().decode(GateReport.self, from: Data(result.stdout.utf8))
    }

    func testABadValueIsReportedAtTheTemplateLineAndTheValuesLine() throws {
        try repository.write("charts/app/values.yaml", Self.values.replacingOccurrences(of: "privileged: false", with: "privileged: true"))
        try repository.commitAll("privileged")
        let report = try check()
        let fromValues = report.findings.first { $0.finding.ruleID == "HELM-PRIVILEGED" }
        XCTAssertEqual(fromValues?.finding.path, "charts/app/values.yaml")
        XCTAssertEqual(fromValues?.finding.line, 7)
        let rendered = report.findings.first { $0.finding.ruleID == "K8S-PRIVILEGED" }
        XCTAssertEqual(rendered?.finding.path, "charts/app/templates/deploy.yaml", "the unchanged template is judged because its values changed")
        XCTAssertEqual(rendered?.finding.line, 12, "the template's toYaml line")
        XCTAssertTrue(rendered?.finding.message.contains("`securityContext.privileged` in charts/app/values.yaml:7") ?? false, "\(String(describing: rendered))")
        XCTAssertEqual(rendered?.finding.related.first?.path, "charts/app/values.yaml")
        XCTAssertEqual(rendered?.finding.related.first?.line, 7)
        XCTAssertFalse(report.findings.contains { $0.finding.ruleID.hasPrefix("GATE-") }, "\(report.findings.map(\.finding.message))")
        XCTAssertFalse(report.decision.passed)
    }

    func testAValuesVariantIsRenderedBesideTheDefaults() throws {
        try repository.write("charts/app/values-prod.yaml", "securityContext:\n  privileged: true\n")
        try repository.commitAll("prod values")
        let report = try check()
        let rendered = report.findings.first { $0.finding.ruleID == "K8S-PRIVILEGED" }
        XCTAssertEqual(rendered?.finding.path, "charts/app/templates/deploy.yaml")
        XCTAssertTrue(rendered?.finding.message.contains("with values-prod.yaml") ?? false, "\(String(describing: rendered))")
        XCTAssertEqual(rendered?.finding.related.first?.path, "charts/app/values-prod.yaml")
        XCTAssertEqual(rendered?.finding.related.first?.line, 2)
    }

    func testAnUnsupportedFunctionFailsClosedNamingItAndItsLine() throws {
        try repository.write("charts/app/templates/config.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: {{ (urlParse \"https://x.example/p\").host }}\n")
        try repository.commitAll("urlParse")
        let report = try check()
        let unscanned = report.findings.filter { $0.finding.ruleID == "GATE-UNSCANNED-FILE" }
        XCTAssertEqual(unscanned.map(\.finding.path), ["charts/app/templates/config.yaml"])
        XCTAssertTrue(unscanned.first?.finding.message.contains("function \"urlParse\"") ?? false)
        XCTAssertTrue(unscanned.first?.finding.message.contains("app/templates/config.yaml:4") ?? false, "\(unscanned)")
        XCTAssertFalse(report.decision.passed)
    }

    func testAFailingRequiredIsAParseErrorAtItsLine() throws {
        try repository.write("charts/app/templates/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ required \"name is required\" .Values.serviceName }}\n")
        try repository.commitAll("required")
        let report = try check()
        let error = report.findings.first { $0.finding.ruleID == "GATE-PARSE-ERROR" }
        XCTAssertEqual(error?.finding.path, "charts/app/templates/svc.yaml")
        XCTAssertEqual(error?.finding.line, 4)
        XCTAssertTrue(error?.finding.message.contains("name is required") ?? false)
    }

    func testACleanChartPasses() throws {
        try repository.write("charts/app/values.yaml", Self.values + "replicas: 2\n")
        try repository.commitAll("replicas")
        let report = try check()
        XCTAssertFalse(report.findings.contains { $0.finding.ruleID.hasPrefix("GATE-") || $0.finding.ruleID == "K8S-PRIVILEGED" }, "\(report.findings.map(\.finding.message))")
        XCTAssertTrue(report.scanned.contains(ScannedFile(path: "charts/app/templates/deploy.yaml", kind: .helm)) || report.scanned.contains { $0.path == "charts/app/values.yaml" })
    }

    func testAPackagedSubchartIsRenderedAndReportedAtItsArchive() throws {
        let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: db\nspec:\n  containers:\n  - name: db\n    image: postgres:16\n"
            + "    securityContext:\n      privileged: {{ .Values.privileged }}\n"
        try repository.write("charts/app/charts/db-1.0.0.tgz", try Tarball.gzipped([
            Tarball.Entry("db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 1.0.0\n"),
            Tarball.Entry("db/values.yaml", "privileged: false\n"),
            Tarball.Entry("db/templates/pod.yaml", pod),
        ]))
        try repository.write("charts/app/values.yaml", Self.values + "db:\n  privileged: true\n")
        try repository.commitAll("packaged db subchart")
        let report = try check()
        let privileged = report.findings.filter { $0.finding.ruleID == "K8S-PRIVILEGED" }
        XCTAssertEqual(privileged.map(\.finding.path), ["charts/app/charts/db-1.0.0.tgz"])
        XCTAssertTrue(privileged.first?.finding.message.contains("in charts/app/charts/db-1.0.0.tgz/templates/pod.yaml:10") ?? false,
                      "\(privileged.map(\.finding.message))")
        XCTAssertEqual(privileged.first?.finding.related.first?.path, "charts/app/values.yaml", "the parent's `db.privileged`")
        XCTAssertFalse(report.findings.contains { $0.finding.ruleID == "GATE-UNSCANNED-FILE" }, "\(report.findings.map(\.finding.message))")
    }

    func testAnUmbrellaChartOfPackagedSubchartsOnlyIsRenderedWhenItsValuesChange() throws {
        let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: db\nspec:\n  containers:\n  - name: db\n    image: postgres:16\n"
            + "    securityContext:\n      privileged: {{ .Values.privileged }}\n"
        try repository.write("umbrella/Chart.yaml", "apiVersion: v2\nname: umbrella\nversion: 1.0.0\n")
        try repository.write("umbrella/values.yaml", "db:\n  privileged: false\n")
        try repository.write("umbrella/charts/db-1.0.0.tgz", try Tarball.gzipped([
            Tarball.Entry("db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 1.0.0\n"),
            Tarball.Entry("db/values.yaml", "privileged: false\n"),
            Tarball.Entry("db/templates/pod.yaml", pod),
        ]))
        try repository.commitAll("umbrella chart, not privileged")
        let clean = try check()
        XCTAssertFalse(clean.findings.contains { $0.finding.ruleID == "K8S-PRIVILEGED" || $0.finding.ruleID.hasPrefix("GATE-") }, "\(clean.findings.map(\.finding.message))")
        XCTAssertEqual(clean.scanned.filter { $0.path == "umbrella/Chart.yaml" }.count, 1, "Chart.yaml is counted once")

        try repository.git("checkout", "-q", "main")
        try repository.git("merge", "-q", "--ff-only", "feature")
        try repository.git("checkout", "-q", "feature")
        try repository.write("umbrella/values.yaml", "db:\n  privileged: true\n")
        try repository.commitAll("the umbrella makes its subchart privileged")
        let report = try check()
        let privileged = report.findings.filter { $0.finding.ruleID == "K8S-PRIVILEGED" }
        XCTAssertEqual(privileged.map(\.finding.path), ["umbrella/charts/db-1.0.0.tgz"], "\(report.findings.map(\.finding.message))")
        XCTAssertEqual(privileged.first?.finding.related.first?.path, "umbrella/values.yaml")
    }
}

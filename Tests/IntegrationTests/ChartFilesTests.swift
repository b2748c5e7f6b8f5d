import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// Nothing in a chart is silently absent: values files under other names and chart-testing's
/// `ci/*-values.yaml` are judged, and Dockerfile variants beside the chart are Dockerfiles.
final class ChartFilesTests: XCTestCase {
    func testValuesVariantsAndDockerfileVariantsAreJudged() throws {
        let repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("README.md", "chart\n")
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
        try repository.write("charts/app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 0.1.0\n")
        try repository.write("charts/app/ci/privileged-values.yaml", "securityContext:\n  privileged: true\n")
        try repository.write("charts/app/prod-values.yaml", "securityContext:\n  privileged: true\n")
        try repository.write("images/Dockerfile-WINDOWS_ltsc2022", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n")
        try repository.write("images/Dockerfile.alpine", "FROM alpine:3.20\nUSER 1000\n")
        try repository.commitAll("chart")

        let result = try InfragateBinary.run(["check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", "json"])
        XCTAssertTrue([0, 1].contains(result.status), result.stderr)
        let report = try JSONDecoder().decode(GateReport.self, from: Data(result.stdout.utf8))
        XCTAssertEqual(Set(report.findings.filter { $0.finding.ruleID == "HELM-PRIVILEGED" }.map(\.finding.path)),
                       ["charts/app/ci/privileged-values.yaml", "charts/app/prod-values.yaml"])
        for path in ["images/Dockerfile-WINDOWS_ltsc2022", "images/Dockerfile.alpine"] {
            XCTAssertTrue(report.scanned.contains(ScannedFile(path: path, kind: .dockerfile)), "\(path) not judged: \(report.scanned)")
        }
    }
}

import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// Large changes are judged on every core, each worker with its own repository handle; the report
/// must be the one judging file by file gives, byte for byte.
final class ParallelJudgingTests: XCTestCase {
    func testACheckOnEveryCoreReportsExactlyWhatOneCoreReports() throws {
        let repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("README.md", "base\n")
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
        for index in 0..<60 {
            try repository.write("svc\(index)/Dockerfile", "FROM node:latest\nUSER root\nRUN curl -sSL https://get.example.com | sh\n")
            try repository.write("k8s/app\(index).yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\(index)\n  namespace: shop\nspec:\n  containers:\n    - name: app\n      image: app:latest\n      securityContext:\n        privileged: true\n")
            try repository.write("infra/m\(index % 6)/b\(index).tf", "resource \"aws_s3_bucket\" \"b\(index)\" {\n  bucket = \"b-\(index)\"\n}\n")
        }
        try repository.write("k8s/broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata: [unclosed\n")
        try repository.write("k8s/policy.yaml", "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: shop}\nspec: {podSelector: {}}\n")
        try repository.commitAll("a large change")

        let arguments = ["check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", "json"]
        let oneCore = try InfragateBinary.run(arguments, environment: ["INFRAGATE_JOBS": "1"])
        let everyCore = try InfragateBinary.run(arguments, environment: ["INFRAGATE_JOBS": "4"])
        XCTAssertEqual(oneCore.status, ExitStatus.policyFailed, oneCore.stderr)
        XCTAssertEqual(everyCore.status, oneCore.status, everyCore.stderr)
        let report = try JSONDecoder().decode(GateReport.self, from: Data(oneCore.stdout.utf8))
        XCTAssertEqual(report.scanned.count, 182)
        XCTAssertTrue(report.findings.contains { $0.finding.path == "k8s/broken.yaml" && $0.finding.ruleID == "GATE-PARSE-ERROR" })
        XCTAssertFalse(report.findings.contains { $0.finding.ruleID == "K8S-NO-NETWORK-POLICY" }, "every worker sees the tree's NetworkPolicy")
        XCTAssertEqual(everyCore.stdout, oneCore.stdout)
    }
}

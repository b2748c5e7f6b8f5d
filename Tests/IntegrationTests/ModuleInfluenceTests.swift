import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// A value changed in one Terraform file creates a finding in an unchanged sibling file.
final class ModuleInfluenceTests: XCTestCase {
    private var repository: TemporaryRepository!

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("infra/main.tf", Fixtures.securityGroupFromVariable)
        try repository.write("infra/variables.tf", "variable \"cidr\" {\n  default = \"10.0.0.0/8\"\n}\n")
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
    }

    private func check() throws -> GateReport {
        try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: nil)
    }

    func testOpenDefaultReportsFindingInUnchangedFile() throws {
        try repository.write("infra/variables.tf", "variable \"cidr\" {\n  default = \"0.0.0.0/0\"\n}\n")
        try repository.commitAll("open")
        let report = try check()
        XCTAssertFalse(report.decision.passed)
        XCTAssertTrue(report.findings.contains { $0.finding.path == "infra/main.tf" }, "\(report.findings)")
        let related = report.findings.first { $0.finding.path == "infra/main.tf" }?.finding.related
        XCTAssertEqual(related?.map { "\($0.path):\($0.line)" }, ["infra/variables.tf:2"], "the changed default's line")
    }

    func testSafeTfvarsReportsNothingInUnchangedFile() throws {
        try repository.write("infra/terraform.tfvars", "cidr = \"10.1.0.0/16\"\n")
        try repository.commitAll("safe")
        let report = try check()
        XCTAssertFalse(report.findings.contains { $0.finding.path == "infra/main.tf" }, "\(report.findings)")
    }
    func testOldFindingInSiblingIsNotReportedAgain() throws {
        try repository.git("checkout", "-q", "main")
        try repository.write("infra/variables.tf", "variable \"cidr\" {\n  default = \"0.0.0.0/0\"\n}\n")
        try repository.commitAll("already open")
        try repository.git("checkout", "-q", "-B", "feature")
        try repository.write("infra/terraform.tfvars", "region = \"eu-west-1\"\n")
        try repository.commitAll("unrelated tfvars edit")
        let report = try check()
        XCTAssertFalse(report.findings.contains { $0.finding.path == "infra/main.tf" }, "\(report.findings)")
    }
}

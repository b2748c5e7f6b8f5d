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

    /// A security group on `port` whose CIDR is the module's input.
    private func securityGroupModule(port: Int) -> String {
        """
        variable "cidr" {}

        resource "aws_security_group" "this" {
          ingress {
            from_port   = \(port)
            to_port     = \(port)
            protocol    = "tcp"
            cidr_blocks = [var.cidr]
          }
        }
        """
    }

    private func commitCaller(cidr: String) throws {
        try repository.git("checkout", "-q", "main")
        try repository.write("live/main.tf", "module \"web\" {\n  source = \"../modules/sg\"\n  cidr   = \"\(cidr)\"\n}\n")
        try repository.write("modules/sg/main.tf", securityGroupModule(port: 443))
        try repository.commitAll("caller and module")
        try repository.git("checkout", "-q", "-B", "feature")
    }

    func testChangedModuleIsJudgedWithItsUnchangedCallersArguments() throws {
        try commitCaller(cidr: "0.0.0.0/0")
        try repository.write("modules/sg/main.tf", securityGroupModule(port: 22))
        try repository.commitAll("module now opens SSH")
        let report = try check()
        XCTAssertFalse(report.decision.passed)
        let ssh = report.findings.first { $0.finding.ruleID == "AWS-SG-OPEN-SSH" }?.finding
        XCTAssertEqual(ssh.map { "\($0.path):\($0.line)" }, "modules/sg/main.tf:8", "at the module's line")
        XCTAssertTrue(ssh?.message.contains("module.web") == true && ssh?.message.contains("live/main.tf") == true, "\(String(describing: ssh))")
        XCTAssertEqual(ssh?.related.map(\.path), ["modules/sg/main.tf"], "the changed module file is the cause")
    }

    func testChangedModuleWithPrivateCallersPasses() throws {
        try commitCaller(cidr: "10.0.0.0/8")
        try repository.write("modules/sg/main.tf", securityGroupModule(port: 22))
        try repository.commitAll("module opens SSH to the private range only")
        let report = try check()
        XCTAssertFalse(report.findings.contains { $0.finding.ruleID.hasPrefix("AWS-SG-") }, "\(report.findings)")
    }

    func testChangedCallerArgumentIsJudgedInTheUnchangedModule() throws {
        try commitCaller(cidr: "10.0.0.0/8")
        try repository.write("modules/sg/main.tf", securityGroupModule(port: 22))
        try repository.commitAll("private SSH")
        try repository.git("checkout", "-q", "main")
        try repository.git("merge", "-q", "--ff-only", "feature")
        try repository.write("live/main.tf", "module \"web\" {\n  source = \"../modules/sg\"\n  cidr   = \"0.0.0.0/0\"\n}\n")
        try repository.git("checkout", "-q", "-B", "feature")
        try repository.commitAll("caller opens it to the world")
        try repository.git("checkout", "-q", "main")
        try repository.git("reset", "-q", "--hard", "feature~1")
        let report = try check()
        XCTAssertTrue(report.findings.contains { $0.finding.ruleID == "AWS-SG-OPEN-SSH" && $0.finding.path == "modules/sg/main.tf" }, "\(report.findings)")
    }

    func testChangedModuleIsFoundThroughASourceSpelledWithDotDot() throws {
        try repository.git("checkout", "-q", "main")
        // `../live/../modules/sg` is `../modules/sg` as Terraform reads it.
        try repository.write("live/main.tf", "module \"web\" {\n  source = \"../live/../modules/./sg\"\n  cidr   = \"0.0.0.0/0\"\n}\n")
        try repository.write("modules/sg/main.tf", securityGroupModule(port: 443))
        try repository.commitAll("caller and module")
        try repository.git("checkout", "-q", "-B", "feature")
        try repository.write("modules/sg/main.tf", securityGroupModule(port: 22))
        try repository.commitAll("module now opens SSH")
        let report = try check()
        XCTAssertTrue(report.findings.contains { $0.finding.ruleID == "AWS-SG-OPEN-SSH" && $0.finding.path == "modules/sg/main.tf" }, "\(report.findings)")
    }

    func testFindingsInAModuleFileTheTrustedPolicyExcludesAreNotReported() throws {
        try commitCaller(cidr: "10.0.0.0/8")
        try repository.write("modules/sg/main.tf", securityGroupModule(port: 22))
        try repository.commitAll("private SSH")
        try repository.git("checkout", "-q", "main")
        try repository.git("merge", "-q", "--ff-only", "feature")
        try repository.git("checkout", "-q", "-B", "feature")
        try repository.write("live/main.tf", "module \"web\" {\n  source = \"../modules/sg\"\n  cidr   = \"0.0.0.0/0\"\n}\n")
        try repository.commitAll("caller opens it to the world")
        let trusted = repository.root.appendingPathComponent("exclude-modules.yml").path
        try "version: 1\npaths:\n  exclude: [\"modules/**\"]\n".write(toFile: trusted, atomically: true, encoding: .utf8)
        let excluded = try Gate.check(repositoryPath: repository.path, base: "main", head: "feature", policyFile: trusted)
        XCTAssertFalse(excluded.findings.contains { $0.finding.path.hasPrefix("modules/") }, "\(excluded.findings)")
        XCTAssertTrue(excluded.notices.contains { $0.contains("modules/sg/main.tf") && $0.contains("paths.exclude") }, "\(excluded.notices)")
        // The twin: without the exclusion the same change is refused, at the module's line.
        XCTAssertTrue(try check().findings.contains { $0.finding.ruleID == "AWS-SG-OPEN-SSH" && $0.finding.path == "modules/sg/main.tf" })
    }

    /// A VPC module whose callers add the flow log through its `vpc_id` output.
    private func commitNetwork(callerFlowLog: Bool) throws {
        try repository.git("checkout", "-q", "main")
        let flowLog = "\nresource \"aws_flow_log\" \"net\" {\n  vpc_id       = module.net.vpc_id\n  traffic_type = \"ALL\"\n}\n"
        try repository.write("live/main.tf", "module \"net\" {\n  source = \"../modules/net\"\n}\n" + (callerFlowLog ? flowLog : ""))
        try repository.write("modules/net/main.tf", "resource \"aws_vpc\" \"this\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n\noutput \"vpc_id\" {\n  value = aws_vpc.this.id\n}\n")
        try repository.commitAll("network module and its caller")
        try repository.git("checkout", "-q", "-B", "feature")
        try repository.write("modules/net/main.tf", "resource \"aws_vpc\" \"this\" {\n  cidr_block = \"10.1.0.0/16\"\n}\n\noutput \"vpc_id\" {\n  value = aws_vpc.this.id\n}\n")
        try repository.commitAll("another range")
    }

    func testFlowLogTheCallerAddsThroughTheModulesOutputCounts() throws {
        try commitNetwork(callerFlowLog: true)
        XCTAssertFalse(try check().findings.contains { $0.finding.ruleID == "AWS-VPC-NO-FLOW-LOGS" })
    }

    func testVPCModuleWhoseCallerAddsNoFlowLogIsReported() throws {
        try commitNetwork(callerFlowLog: false)
        XCTAssertTrue(try check().findings.contains { $0.finding.ruleID == "AWS-VPC-NO-FLOW-LOGS" && $0.finding.path == "modules/net/main.tf" })
    }
}

import Foundation
import TestSupport
import XCTest

/// Issue 9 §6: a value changed in one Terraform file opens a finding in a file the push never touched.
final class TerraformInfluenceTrustTests: TrustTestCase {
    private func startWithModule() throws {
        try start()
        try server.clone.write("infra/main.tf", Fixtures.securityGroupFromVariable)
        try server.clone.write("infra/variables.tf", "variable \"cidr\" {\n  default = \"10.0.0.0/8\"\n}\n")
        try server.clone.commitAll("module")
        assertAccepted(try server.push("main"))
    }

    func testOpeningAVariableDefaultIsRefusedAtTheUnchangedResource() throws {
        try startWithModule()
        try server.clone.write("infra/variables.tf", "variable \"cidr\" {\n  default = \"0.0.0.0/0\"\n}\n")
        try server.clone.commitAll("open the default")
        let result = try server.push("main")
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains("infra/main.tf:"), result.stderr)
    }

    /// The machine formats name the changed line as the cause, beside the unchanged resource.
    func testTheFindingAtTheUnchangedResourceNamesTheChangedLineAsRelated() throws {
        try start(hookArguments: ["--format", "json"])
        try server.clone.write("infra/main.tf", Fixtures.securityGroupFromVariable)
        try server.clone.write("infra/variables.tf", "variable \"cidr\" {\n  default = \"10.0.0.0/8\"\n}\n")
        try server.clone.commitAll("module")
        assertAccepted(try server.push("main"))
        try server.clone.write("infra/variables.tf", "variable \"cidr\" {\n  default = \"0.0.0.0/0\"\n}\n")
        try server.clone.commitAll("open the default")
        let result = try server.push("main")
        assertRefused(result)
        let report = (try pushJSON(result)["refs"] as? [[String: Any]])?.first?["report"] as? [String: Any]
        let findings = (report?["findings"] as? [[String: Any]] ?? []).compactMap { $0["finding"] as? [String: Any] }
        let finding = findings.first { $0["ruleId"] as? String == "AWS-SG-OPEN-SSH" }
        XCTAssertEqual(finding?["path"] as? String, "infra/main.tf", "\(findings)")
        let related = finding?["related"] as? [[String: Any]]
        XCTAssertEqual(related?.first?["path"] as? String, "infra/variables.tf", "\(String(describing: finding))")
    }

    func testATfvarsFileOpeningItIsRefusedOnAFeatureBranchAndOnMain() throws {
        try startWithModule()
        try server.clone.git("checkout", "-q", "-b", "feature")
        try server.clone.write("infra/terraform.tfvars", "cidr = \"0.0.0.0/0\"\n")
        try server.clone.commitAll("open through tfvars")
        assertRefused(try server.push("feature"))
        assertRefused(try server.push("feature:main"))
    }

    func testASafeValueIsAccepted() throws {
        try startWithModule()
        try server.clone.write("infra/terraform.tfvars", "cidr = \"10.1.0.0/16\"\n")
        try server.clone.commitAll("narrow it")
        assertAccepted(try server.push("main"))
    }
}

import InfragateParsers
@testable import InfragateRules
import XCTest

/// `terraform show -json` output judged by the same rules as the configuration: every value is
/// known, child modules included, and findings sit at the resource's lines in the JSON.
final class TerraformPlanTests: XCTestCase {
    private func found(_ plan: String, path: String = "plans/prod.tfplan.json") -> [(id: String, line: Int, message: String)] {
        let result = TerraformPack.evaluate(SourceFile(path: path, text: plan), in: EmptySnapshot())
        XCTAssertEqual(result.problems, [])
        return result.violations.map { ($0.rule.id, $0.violation.line, $0.violation.message) }
    }

    private let plan = """
    {
      "format_version": "1.2",
      "terraform_version": "1.9.5",
      "planned_values": {
        "root_module": {
          "resources": [
            {
              "address": "aws_security_group.bastion",
              "mode": "managed",
              "type": "aws_security_group",
              "name": "bastion",
              "values": {
                "name": "bastion",
                "description": null,
                "ingress": [
                  {
                    "from_port": 22,
                    "to_port": 22,
                    "protocol": "tcp",
                    "cidr_blocks": ["0.0.0.0/0"]
                  }
                ]
              }
            },
            {
              "address": "aws_vpc.main",
              "mode": "managed",
              "type": "aws_vpc",
              "name": "main",
              "values": { "cidr_block": "10.0.0.0/16" }
            },
            {
              "address": "aws_flow_log.main",
              "mode": "managed",
              "type": "aws_flow_log",
              "name": "main",
              "values": { "traffic_type": "ALL" }
            }
          ],
          "child_modules": [
            {
              "address": "module.site",
              "resources": [
                {
                  "address": "module.site.aws_s3_bucket_acl.this[0]",
                  "mode": "managed",
                  "type": "aws_s3_bucket_acl",
                  "name": "this",
                  "index": 0,
                  "values": { "acl": "public-read", "bucket": "site" }
                }
              ]
            }
          ]
        }
      },
      "resource_changes": [
        {
          "address": "aws_flow_log.main",
          "change": { "actions": ["create"], "after_unknown": { "id": true, "vpc_id": true } }
        }
      ]
    }
    """

    func testPlannedValuesOfTheRootAndChildModulesAreJudgedAtTheirLines() {
        let findings = found(plan)
        let ssh = findings.filter { $0.id == "AWS-SG-OPEN-SSH" }
        XCTAssertEqual(ssh.map(\.line), [15], "at the planned ingress")
        let acl = findings.filter { $0.id == "AWS-S3-PUBLIC-ACL" }
        XCTAssertEqual(acl.map(\.line), [50])
        XCTAssertTrue(acl.first?.message.contains("module.site.aws_s3_bucket_acl.this[0]") ?? false, "the plan's address: \(acl)")
    }

    func testValuesKnownOnlyAfterApplyAreUnknownNotMissing() {
        // The flow log's VPC id is created in the same plan: it may be aws_vpc.main, so no finding.
        XCTAssertFalse(found(plan).contains { $0.id == "AWS-VPC-NO-FLOW-LOGS" })
        // Without the flow log the VPC has none.
        let withoutFlowLog = plan.replacingOccurrences(of: "\"type\": \"aws_flow_log\"", with: "\"type\": \"aws_cloudwatch_metric_alarm\"")
        XCTAssertEqual(found(withoutFlowLog).filter { $0.id == "AWS-VPC-NO-FLOW-LOGS" }.map(\.line), [25], "at the resource")
    }

    func testThePlanIsJudgedAloneAndItsSecureTwinPasses() {
        let secure = plan.replacingOccurrences(of: "\"0.0.0.0/0\"", with: "\"10.0.0.0/8\"").replacingOccurrences(of: "public-read", with: "private")
        XCTAssertEqual(found(secure).map(\.id), [])
        // A plan by its content, whatever its name.
        XCTAssertEqual(found(plan, path: "out/plan.json").filter { $0.id == "AWS-SG-OPEN-SSH" }.count, 1)
    }

    func testMalformedPlansAreParseProblems() {
        for text in [#"{"format_version": "1.2", "planned_values": "#, #"{"format_version": "1.2"}"#, "[]"] {
            let result = TerraformPack.evaluate(SourceFile(path: "tfplan.json", text: text), in: EmptySnapshot())
            XCTAssertFalse(result.problems.isEmpty, text)
        }
    }

    func testDeeplyNestedChildModulesDoNotRecurse() throws {
        var module = #"{"address": "module.m", "resources": [{"address": "module.m.aws_s3_bucket_acl.a", "mode": "managed", "type": "aws_s3_bucket_acl", "name": "a", "values": {"acl": "public-read"}}]}"#
        for _ in 0..<200 { module = #"{"address": "module.m", "child_modules": ["# + module + "]}" }
        let text = #"{"format_version": "1.2", "planned_values": {"root_module": "# + module + "}}"
        let body = try TerraformPlan.body(from: text)
        XCTAssertEqual(body.blocks.count, 1)
    }
}

import InfragateParsers
@testable import InfragateRules
import XCTest

/// Terraform as Terraform evaluates it: local modules instantiated with their caller's arguments,
/// `count`/`for_each` instances with their values, `dynamic` blocks expanded.
final class TerraformModuleCallTests: XCTestCase {
    private struct MemorySnapshot: RepositorySnapshot {
        let files: [String: String]

        func filePaths(in directory: String) -> [String] {
            files.keys.filter { RepositoryPath.directory(of: $0) == directory }
        }

        func allFilePaths() -> [String] { Array(files.keys) }
        func text(at path: String) -> String? { files[path] }
    }

    private struct Found: Equatable {
        let id: String
        let path: String
        let line: Int
    }

    private func found(judging path: String, _ files: [String: String]) -> [Found] {
        let result = TerraformPack.evaluate(SourceFile(path: path, text: files[path] ?? ""), in: MemorySnapshot(files: files))
        XCTAssertEqual(result.problems, [], "\(path) did not parse")
        return result.violations.map { Found(id: $0.rule.id, path: $0.violation.path ?? path, line: $0.violation.line) }
    }

    private func messages(judging path: String, _ files: [String: String]) -> [String] {
        TerraformPack.evaluate(SourceFile(path: path, text: files[path] ?? ""), in: MemorySnapshot(files: files)).violations.map(\.violation.message)
    }

    /// A security group whose CIDR is the module's input: nothing is known about it alone.
    private let securityGroupModule = """
    variable "cidr" {
      type = string
    }

    resource "aws_security_group" "this" {
      name = "app"
      ingress {
        from_port   = 22
        to_port     = 22
        protocol    = "tcp"
        cidr_blocks = [var.cidr]
      }
    }
    """

    private func caller(cidr: String, source: String = "./modules/sg") -> String {
        """
        module "web" {
          source = "\(source)"
          cidr   = "\(cidr)"
        }
        """
    }

    func testCallerArgumentOpensTheModulesSecurityGroupAtTheModulesLine() {
        let files = ["infra/main.tf": caller(cidr: "0.0.0.0/0"), "infra/modules/sg/main.tf": securityGroupModule]
        let ssh = found(judging: "infra/main.tf", files).filter { $0.id == "AWS-SG-OPEN-SSH" }
        XCTAssertEqual(ssh, [Found(id: "AWS-SG-OPEN-SSH", path: "infra/modules/sg/main.tf", line: 11)])
        XCTAssertTrue(messages(judging: "infra/main.tf", files).contains { $0.contains("module.web") && $0.contains("infra/main.tf:1") },
                      "the message names the call")
        // Judged alone, the module's CIDR is unknown: no finding, and no guess.
        XCTAssertFalse(found(judging: "infra/modules/sg/main.tf", files).contains { $0.id == "AWS-SG-OPEN-SSH" })
    }

    func testPrivateCallerArgumentIsNoFinding() {
        let files = ["infra/main.tf": caller(cidr: "10.0.0.0/16"), "infra/modules/sg/main.tf": securityGroupModule]
        XCTAssertFalse(found(judging: "infra/main.tf", files).contains { $0.id.hasPrefix("AWS-SG-") })
    }

    func testArgumentFromTheCallersVariablesAndNestedModulesIsFollowed() {
        let files = [
            "main.tf": "module \"edge\" {\n  source = \"./modules/edge\"\n  open   = local.world\n}\n\nlocals {\n  world = \"0.0.0.0/0\"\n}\n",
            // The intermediate module passes its input on, through a `for` expression and `concat`.
            "modules/edge/main.tf": """
            variable "open" {}

            module "sg" {
              source = "../sg"
              cidr   = concat([for c in [var.open] : c], [])[0]
            }
            """,
            "modules/sg/main.tf": securityGroupModule,
        ]
        let ssh = found(judging: "main.tf", files).filter { $0.id == "AWS-SG-OPEN-SSH" }
        XCTAssertEqual(ssh.map(\.path), ["modules/sg/main.tf"])
        XCTAssertTrue(messages(judging: "main.tf", files).contains { $0.contains("module.edge.module.sg") })
    }

    func testModuleDefaultAlreadyReportedByTheModuleIsNotReportedTwice() {
        let module = securityGroupModule.replacingOccurrences(of: "  type = string", with: "  default = \"0.0.0.0/0\"")
        let files = ["main.tf": "module \"web\" {\n  source = \"./modules/sg\"\n}\n", "modules/sg/main.tf": module]
        XCTAssertEqual(found(judging: "modules/sg/main.tf", files).filter { $0.id == "AWS-SG-OPEN-SSH" }.map(\.line), [11])
        XCTAssertFalse(found(judging: "main.tf", files).contains { $0.id == "AWS-SG-OPEN-SSH" })
    }

    func testModuleForEachInstancesAreJudgedWithTheirValues() {
        let files = [
            "main.tf": """
            module "web" {
              source   = "./modules/sg"
              for_each = { office = "192.0.2.0/24", world = "0.0.0.0/0" }
              cidr     = each.value
            }
            """,
            "modules/sg/main.tf": securityGroupModule,
        ]
        XCTAssertTrue(messages(judging: "main.tf", files).contains { $0.contains("module.web[\"world\"]") })
        XCTAssertFalse(messages(judging: "main.tf", files).contains { $0.contains("module.web[\"office\"]") })
        let disabled = files.merging(["main.tf": "module \"web\" {\n  source = \"./modules/sg\"\n  count  = 0\n  cidr   = \"0.0.0.0/0\"\n}\n"]) { $1 }
        XCTAssertFalse(found(judging: "main.tf", disabled).contains { $0.id == "AWS-SG-OPEN-SSH" })
    }

    func testUnreadableSourcesAreFindingsNotSilentPasses() {
        let escaping = found(judging: "main.tf", ["main.tf": caller(cidr: "0.0.0.0/0", source: "../outside")])
        XCTAssertEqual(escaping, [Found(id: "TF-MODULE-UNRESOLVED", path: "main.tf", line: 2)])
        let missing = found(judging: "main.tf", ["main.tf": caller(cidr: "0.0.0.0/0")])
        XCTAssertEqual(missing, [Found(id: "TF-MODULE-UNRESOLVED", path: "main.tf", line: 2)])
        let cycle = [
            "main.tf": "module \"a\" {\n  source = \"./a\"\n}\n",
            "a/main.tf": "module \"b\" {\n  source = \"../b\"\n}\n",
            "b/main.tf": "module \"a\" {\n  source = \"../a\"\n}\n",
        ]
        XCTAssertTrue(found(judging: "main.tf", cycle).contains(Found(id: "TF-MODULE-UNRESOLVED", path: "b/main.tf", line: 2)))
        // Registry and git sources are not in the repository: not read, not a finding.
        XCTAssertEqual(found(judging: "main.tf", ["main.tf": caller(cidr: "0.0.0.0/0", source: "terraform-aws-modules/security-group/aws")]), [])
    }

    func testModuleCallingItselfThroughManyFoldersStaysBounded() {
        // Each folder calls the next, twice: without the caps this is 2^40 instances.
        var files: [String: String] = [:]
        for level in 0..<40 {
            files["m\(level)/main.tf"] = """
            module "left" {
              source = "../m\(level + 1)"
            }
            module "right" {
              source = "../m\(level + 1)"
            }
            resource "aws_ebs_volume" "v" {
              availability_zone = "eu-west-1a"
            }
            """
        }
        files["main.tf"] = "module \"top\" {\n  source = \"./m0\"\n}\n"
        let started = ContinuousClock.now
        let result = found(judging: "main.tf", files)
        XCTAssertTrue(result.contains { $0.id == "TF-MODULE-UNRESOLVED" }, "the depth or resource cap is reported")
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(60), "a generous guard: bounded work, not a stall")
    }

    func testASpentInstanceBudgetIsOneFindingThatCountsTheCallsLeft() {
        // 30 fleets of 31 module instances each: past 500 instances, every call left is unjudged.
        let files = [
            "main.tf": "module \"fleet\" {\n  source = \"./fleet\"\n  count  = 30\n}\n",
            "fleet/main.tf": "module \"node\" {\n  source = \"../node\"\n  count  = 30\n}\n\nmodule \"disk\" {\n  source = \"../node\"\n}\n",
            "node/main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"eu-west-1a\"\n}\n",
        ]
        let unresolved = messages(judging: "main.tf", files).filter { $0.contains("is not judged with its inputs") }
        XCTAssertEqual(unresolved.count, 1, "one finding for the root, not one per call: \(unresolved.prefix(3))")
        XCTAssertTrue(unresolved.first?.contains("module calls in all are left unjudged") ?? false, unresolved.first ?? "")
    }

    func testFlowLogOnAModulesOutputAnswersTheModulesVPC() {
        let network = "resource \"aws_vpc\" \"this\" {\n  count      = 1\n  cidr_block = \"10.0.0.0/16\"\n}\n\noutput \"vpc_id\" {\n  value = try(aws_vpc.this[0].id, null)\n}\n"
        let caller = """
        module "net" {
          source = "./modules/../modules/net"
        }

        locals {
          vpc = module.net.vpc_id
        }

        resource "aws_flow_log" "net" {
          vpc_id       = local.vpc
          traffic_type = "ALL"
        }
        """
        var files = ["main.tf": caller, "modules/net/main.tf": network]
        XCTAssertFalse(found(judging: "modules/net/main.tf", files).contains { $0.id == "AWS-VPC-NO-FLOW-LOGS" }, "the only caller records it")
        XCTAssertFalse(found(judging: "main.tf", files).contains { $0.id == "AWS-VPC-NO-FLOW-LOGS" })
        // A second caller without a flow log: that instance is unrecorded, so the module's finding stands.
        files["other/main.tf"] = "module \"net\" {\n  source = \"../modules/net\"\n}\n"
        XCTAssertTrue(found(judging: "modules/net/main.tf", files).contains { $0.id == "AWS-VPC-NO-FLOW-LOGS" })
        // Judged alone with no caller, the module is a root and answers for itself.
        XCTAssertTrue(found(judging: "modules/net/main.tf", ["modules/net/main.tf": network]).contains { $0.id == "AWS-VPC-NO-FLOW-LOGS" })
    }

    func testGoogleFirewallInAModuleIsJudgedWithTheCallersRanges() {
        let files = [
            "main.tf": "module \"fw\" {\n  source = \"./fw\"\n  ranges = [\"0.0.0.0/0\"]\n}\n",
            "fw/main.tf": """
            variable "ranges" {}

            resource "google_compute_firewall" "ssh" {
              name    = "ssh"
              network = "default"
              allow {
                protocol = "tcp"
                ports    = ["22"]
              }
              source_ranges = var.ranges
            }
            """,
        ]
        XCTAssertTrue(found(judging: "main.tf", files).contains { $0.id == "GCP-FIREWALL-OPEN-SSH" && $0.path == "fw/main.tf" })
    }

    func testResourceForEachBindsEachValue() {
        let main = """
        resource "aws_security_group" "rules" {
          for_each = { ssh = 22 }
          name     = "app-${each.key}"
          ingress {
            from_port   = each.value
            to_port     = each.value
            protocol    = "tcp"
            cidr_blocks = ["0.0.0.0/0"]
          }
        }
        """
        XCTAssertTrue(found(judging: "main.tf", ["main.tf": main]).contains { $0.id == "AWS-SG-OPEN-SSH" })
        let web = main.replacingOccurrences(of: "ssh = 22", with: "web = 443")
        XCTAssertFalse(found(judging: "main.tf", ["main.tf": web]).contains { $0.id == "AWS-SG-OPEN-SSH" })
    }

    func testDynamicIngressWithLiteralForEachIsSeenAsIngress() {
        let main = """
        locals {
          rules = [
            { port = 443, cidrs = ["0.0.0.0/0"] },
            { port = 22, cidrs = ["0.0.0.0/0"] },
          ]
        }

        resource "aws_security_group" "app" {
          name = "app"
          dynamic "ingress" {
            for_each = local.rules
            iterator = rule
            content {
              from_port   = rule.value.port
              to_port     = rule.value.port
              protocol    = "tcp"
              cidr_blocks = rule.value.cidrs
            }
          }
        }
        """
        XCTAssertEqual(found(judging: "main.tf", ["main.tf": main]).filter { $0.id == "AWS-SG-OPEN-SSH" }.count, 1, "one finding for the one open SSH rule")
        let webOnly = main.replacingOccurrences(of: "port = 22", with: "port = 8443")
        XCTAssertFalse(found(judging: "main.tf", ["main.tf": webOnly]).contains { $0.id == "AWS-SG-OPEN-SSH" })
    }

    func testNestedForExpressionsSpendOneBudgetAndSayWhenItRunsOut() throws {
        let big = "[" + (0..<300).map(String.init).joined(separator: ", ") + "]"
        let source = """
        locals {
          big = \(big)
        }

        resource "aws_security_group" "app" {
          name = join(",", [for a in local.big : [for b in local.big : [for c in local.big : c][0]][0]])
        }
        """
        let file = try TerraformFile.parse(path: "main.tf", text: source).get()
        let small = TerraformModule(files: [file], evaluationBudget: HCLEvaluator.Budget(steps: 200_000))
        let name = try XCTUnwrap(small.resources.first?.settings.value("name"))
        XCTAssertEqual(name, .unknown, "27 million steps do not fit in 200,000")
        XCTAssertTrue(small.evaluationBudget.isSpent, "and the module knows it was cut short")
        let ordinary = TerraformModule(files: [try TerraformFile.parse(path: "main.tf", text: securityGroupModule).get()])
        _ = TerraformPack.checks.violations(in: ordinary)
        XCTAssertFalse(ordinary.evaluationBudget.isSpent)
    }
}

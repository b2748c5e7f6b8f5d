import InfragateParsers
@testable import InfragateRules
import XCTest

/// Registry modules judged by their inputs: the model of each module turns the call's arguments
/// into the resources the module creates, judged by the rules the model speaks for, at the call.
final class TerraformRegistryModuleTests: XCTestCase {
    private struct MemorySnapshot: RepositorySnapshot {
        let files: [String: String]

        func filePaths(in directory: String) -> [String] {
            files.keys.filter { RepositoryPath.directory(of: $0) == directory }
        }

        func allFilePaths() -> [String] { Array(files.keys) }
        func text(at path: String) -> String? { files[path] }
    }

    private struct Found: Equatable, CustomStringConvertible {
        let id: String
        let line: Int
        var description: String { "\(id)@\(line)" }
    }

    private func found(_ text: String, path: String = "main.tf", siblings: [String: String] = [:]) -> [Found] {
        let files = siblings.merging([path: text]) { _, new in new }
        let result = TerraformPack.evaluate(SourceFile(path: path, text: text), in: MemorySnapshot(files: files))
        XCTAssertEqual(result.problems, [], "the call did not parse")
        return result.violations.filter { ($0.violation.path ?? path) == path }.map { Found(id: $0.rule.id, line: $0.violation.line) }
    }

    private func messages(_ text: String) -> [String] {
        TerraformPack.evaluate(SourceFile(path: "main.tf", text: text), in: MemorySnapshot(files: ["main.tf": text])).violations.map(\.violation.message)
    }

    // MARK: security-group

    func testNamedRuleOpenToTheWorldIsReportedAtTheCidrInput() {
        let call = """
        module "bastion" {
          source              = "terraform-aws-modules/security-group/aws"
          version             = "~> 5.0"
          name                = "bastion"
          ingress_cidr_blocks = ["0.0.0.0/0"]
          ingress_rules       = ["ssh-tcp", "https-443-tcp"]
        }
        """
        let ssh = found(call).filter { $0.id == "AWS-SG-OPEN-SSH" }
        XCTAssertEqual(ssh, [Found(id: "AWS-SG-OPEN-SSH", line: 5)])
        XCTAssertTrue(messages(call).contains { $0.contains("module.bastion") && $0.contains("terraform-aws-modules/security-group/aws") && $0.contains("v5.3.1") },
                      "the message names the call and the modelled release")
        // The same rules open to a private range: nothing.
        XCTAssertEqual(found(call.replacingOccurrences(of: "0.0.0.0/0", with: "10.0.0.0/8")).filter { $0.id.hasPrefix("AWS-SG-") }, [])
        // HTTPS alone to the world is what a web tier does.
        XCTAssertEqual(found(call.replacingOccurrences(of: "\"ssh-tcp\", ", with: "")).filter { $0.id.hasPrefix("AWS-SG-") }, [])
    }

    func testEverySpellingOfTheSourceIsTheSameModule() {
        let sources = [
            "terraform-aws-modules/security-group/aws//modules/ssh",
            "registry.terraform.io/terraform-aws-modules/security-group/aws//modules/ssh",
            "Terraform-AWS-Modules/Security-Group/AWS//modules/ssh/",
            "git::https://github.com/terraform-aws-modules/terraform-aws-security-group.git//modules/ssh?ref=v5.1.0",
            "github.com/terraform-aws-modules/terraform-aws-security-group//modules/ssh",
            "git@github.com:terraform-aws-modules/terraform-aws-security-group.git//modules/ssh?ref=v4.17.2",
            "git::ssh://git@github.com/terraform-aws-modules/terraform-aws-security-group.git//modules/ssh",
        ]
        for source in sources {
            // The ssh submodule opens 22 by itself: the CIDR is all it needs.
            let call = "module \"ssh\" {\n  source              = \"\(source)\"\n  ingress_cidr_blocks = [\"0.0.0.0/0\"]\n}\n"
            XCTAssertEqual(found(call).filter { $0.id == "AWS-SG-OPEN-SSH" }, [Found(id: "AWS-SG-OPEN-SSH", line: 3)], source)
        }
        XCTAssertEqual(found("module \"ssh\" {\n  source              = \"terraform-aws-modules/security-group/aws//modules/ssh\"\n  ingress_cidr_blocks = [\"10.20.0.0/16\"]\n}\n")
            .filter { $0.id.hasPrefix("AWS-SG-") }, [])
    }

    func testMapsOfRulesWithPortsOrNamesAndCommaSeparatedBlocks() {
        let call = """
        module "db" {
          source = "terraform-aws-modules/security-group/aws"
          ingress_with_cidr_blocks = [
            { rule = "postgresql-tcp", cidr_blocks = "10.0.0.0/8,0.0.0.0/0" },
            { from_port = 3389, to_port = 3389, protocol = "tcp", cidr_blocks = "10.1.0.0/16" },
          ]
        }
        """
        let ids = Set(found(call).map(\.id))
        XCTAssertTrue(ids.contains("AWS-SG-OPEN-DATABASE"), "\(ids)")
        XCTAssertFalse(ids.contains("AWS-SG-OPEN-RDP"), "RDP is open to a private range only")
        // A map without its own blocks takes the module's default list.
        let inherited = """
        module "rdp" {
          source                   = "terraform-aws-modules/security-group/aws"
          ingress_cidr_blocks      = ["0.0.0.0/0"]
          ingress_with_cidr_blocks = [{ from_port = 3389, to_port = 3389, protocol = "tcp" }]
        }
        """
        XCTAssertEqual(found(inherited).filter { $0.id == "AWS-SG-OPEN-RDP" }, [Found(id: "AWS-SG-OPEN-RDP", line: 4)])
        let ipv6 = """
        module "ssh6" {
          source                        = "terraform-aws-modules/security-group/aws"
          ingress_with_ipv6_cidr_blocks = [{ rule = "ssh-tcp", ipv6_cidr_blocks = "::/0" }]
        }
        """
        XCTAssertEqual(found(ipv6).filter { $0.id == "AWS-SG-OPEN-SSH" }, [Found(id: "AWS-SG-OPEN-SSH", line: 3)])
    }

    func testUnknownInputsDisabledCallsAndUnmodelledVersionsAreNotGuessed() {
        // The CIDR comes from somewhere only apply knows: unknown, no finding.
        XCTAssertEqual(found("""
        module "sg" {
          source              = "terraform-aws-modules/security-group/aws"
          ingress_cidr_blocks = [data.aws_vpc.main.cidr_block]
          ingress_rules       = ["ssh-tcp"]
        }
        """).filter { $0.id.hasPrefix("AWS-SG-") }, [])
        // A rule name the model does not hold is unknown, not a guessed port.
        XCTAssertEqual(found("""
        module "sg" {
          source              = "terraform-aws-modules/security-group/aws"
          ingress_cidr_blocks = ["0.0.0.0/0"]
          ingress_rules       = ["zipkin-admin-tcp"]
        }
        """).filter { $0.id.hasPrefix("AWS-SG-") }, [])
        for disabled in ["create = false", "count = 0"] {
            XCTAssertEqual(found("""
            module "sg" {
              source              = "terraform-aws-modules/security-group/aws"
              \(disabled)
              ingress_cidr_blocks = ["0.0.0.0/0"]
              ingress_rules       = ["ssh-tcp"]
            }
            """).filter { $0.id.hasPrefix("AWS-SG-") }, [], disabled)
        }
        // A major release the model does not follow stays unjudged, as any remote module.
        XCTAssertEqual(found("""
        module "sg" {
          source              = "terraform-aws-modules/security-group/aws"
          version             = "2.17.0"
          ingress_cidr_blocks = ["0.0.0.0/0"]
          ingress_rules       = ["ssh-tcp"]
        }
        """), [])
    }

    func testEachInstanceOfACallIsJudgedWithItsOwnValues() {
        let call = """
        module "sg" {
          source   = "terraform-aws-modules/security-group/aws"
          for_each = { public = "0.0.0.0/0", private = "10.0.0.0/8" }
          ingress_cidr_blocks = [each.value]
          ingress_rules       = ["ssh-tcp"]
        }
        """
        XCTAssertEqual(found(call).filter { $0.id == "AWS-SG-OPEN-SSH" }, [Found(id: "AWS-SG-OPEN-SSH", line: 4)])
        XCTAssertTrue(messages(call).contains { $0.contains("module.sg[\"public\"]") })
        XCTAssertFalse(messages(call).contains { $0.contains("module.sg[\"private\"]") })
    }

    func testARegistryModuleCalledThroughALocalWrapperIsJudgedWithTheWrappersCaller() {
        let wrapper = """
        variable "allowed" {}

        module "sg" {
          source              = "terraform-aws-modules/security-group/aws"
          ingress_cidr_blocks = var.allowed
          ingress_rules       = ["rdp-tcp"]
        }
        """
        let call = "module \"edge\" {\n  source  = \"./modules/edge\"\n  allowed = [\"0.0.0.0/0\"]\n}\n"
        let files = ["main.tf": call, "modules/edge/main.tf": wrapper]
        let result = TerraformPack.evaluate(SourceFile(path: "main.tf", text: call), in: MemorySnapshot(files: files))
        let rdp = result.violations.filter { $0.rule.id == "AWS-SG-OPEN-RDP" }.map(\.violation)
        XCTAssertEqual(rdp.map { "\($0.path ?? ""):\($0.line)" }, ["modules/edge/main.tf:5"], "at the wrapper's argument")
        XCTAssertTrue(rdp.first?.message.contains("module.edge.module.sg") ?? false, rdp.first?.message ?? "")
        XCTAssertEqual(found(call.replacingOccurrences(of: "0.0.0.0/0", with: "10.0.0.0/8"), siblings: files).filter { $0.id.hasPrefix("AWS-SG-") }, [])
    }

    // MARK: s3-bucket, rds, eks, vpc, iam

    func testS3BucketInputs() {
        XCTAssertEqual(found("""
        module "site" {
          source = "terraform-aws-modules/s3-bucket/aws"
          bucket = "site"
          acl    = "public-read"
        }
        """).filter { $0.id == "AWS-S3-PUBLIC-ACL" }, [Found(id: "AWS-S3-PUBLIC-ACL", line: 4)])
        XCTAssertEqual(found("""
        module "site" {
          source            = "terraform-aws-modules/s3-bucket/aws"
          bucket            = "site"
          block_public_acls = false
        }
        """).filter { $0.id == "AWS-S3-NO-PUBLIC-ACCESS-BLOCK" }, [Found(id: "AWS-S3-NO-PUBLIC-ACCESS-BLOCK", line: 4)])
        let policy = """
        module "site" {
          source        = "terraform-aws-modules/s3-bucket/aws"
          bucket        = "site"
          attach_policy = true
          policy        = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }] })
        }
        """
        XCTAssertEqual(found(policy).filter { $0.id == "AWS-S3-PUBLIC-POLICY" }.map(\.line), [5])
        // The module's defaults: private ACL, every guard on, no policy.
        XCTAssertEqual(found("""
        module "logs" {
          source = "terraform-aws-modules/s3-bucket/aws"
          bucket = "logs"
          acl    = "private"
        }
        """).filter { $0.id.hasPrefix("AWS-S3-") }, [])
    }

    func testRDSInputsAndDefaults() {
        let call = """
        module "db" {
          source              = "terraform-aws-modules/rds/aws"
          version             = "6.10.0"
          identifier          = "orders"
          engine              = "postgres"
          publicly_accessible = true
          storage_encrypted   = false
        }
        """
        XCTAssertEqual(Set(found(call).map(\.description)), ["AWS-RDS-PUBLIC@6", "AWS-RDS-UNENCRYPTED@7"])
        // The module is private and encrypted by default.
        XCTAssertEqual(found("module \"db\" {\n  source     = \"terraform-aws-modules/rds/aws\"\n  identifier = \"orders\"\n}\n"), [])
    }

    func testEKSEndpointByRelease() {
        let v20 = """
        module "eks" {
          source                         = "terraform-aws-modules/eks/aws"
          version                        = "~> 20.0"
          cluster_name                   = "prod"
          cluster_endpoint_public_access = true
        }
        """
        XCTAssertEqual(found(v20), [Found(id: "AWS-EKS-PUBLIC-ENDPOINT", line: 5)], "public, and the CIDRs default to the world")
        XCTAssertEqual(found(v20 + "\n").count, 1)
        XCTAssertEqual(found(v20.replacingOccurrences(of: "= true", with: "= true\n  cluster_endpoint_public_access_cidrs = [\"203.0.113.0/24\"]")), [])
        // v18 was public by default; v19 and later private.
        XCTAssertEqual(found("module \"eks\" {\n  source  = \"terraform-aws-modules/eks/aws\"\n  version = \"18.31.2\"\n}\n"),
                       [Found(id: "AWS-EKS-PUBLIC-ENDPOINT", line: 1)])
        XCTAssertEqual(found("module \"eks\" {\n  source  = \"terraform-aws-modules/eks/aws\"\n  version = \"19.21.0\"\n}\n"), [])
        // Unversioned: either spelling of the input counts.
        XCTAssertEqual(found("module \"eks\" {\n  source                 = \"terraform-aws-modules/eks/aws\"\n  endpoint_public_access = true\n}\n"),
                       [Found(id: "AWS-EKS-PUBLIC-ENDPOINT", line: 3)])
        XCTAssertEqual(found("module \"eks\" {\n  source                         = \"terraform-aws-modules/eks/aws\"\n  cluster_endpoint_public_access = true\n}\n"),
                       [Found(id: "AWS-EKS-PUBLIC-ENDPOINT", line: 3)])
    }

    func testVPCFlowLogsFromTheModuleOrTheCaller() {
        XCTAssertEqual(found("module \"vpc\" {\n  source = \"terraform-aws-modules/vpc/aws\"\n  cidr   = \"10.0.0.0/16\"\n}\n"),
                       [Found(id: "AWS-VPC-NO-FLOW-LOGS", line: 1)])
        XCTAssertEqual(found("module \"vpc\" {\n  source          = \"terraform-aws-modules/vpc/aws\"\n  enable_flow_log = true\n}\n"), [])
        // The caller's own flow log on the module's output counts too.
        XCTAssertEqual(found("""
        module "vpc" {
          source = "terraform-aws-modules/vpc/aws"
        }

        resource "aws_flow_log" "vpc" {
          vpc_id          = module.vpc.vpc_id
          traffic_type    = "ALL"
          log_destination = "arn:aws:s3:::flow-logs"
        }
        """).filter { $0.id == "AWS-VPC-NO-FLOW-LOGS" }, [])
    }

    func testIAMPolicySubmodule() {
        let call = """
        module "admin" {
          source = "terraform-aws-modules/iam/aws//modules/iam-policy"
          name   = "admin"
          policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
        }
        """
        XCTAssertEqual(found(call).filter { $0.id == "AWS-IAM-WILDCARD" }.map(\.line), [4])
        XCTAssertEqual(found(call.replacingOccurrences(of: "Action = \"*\", Resource = \"*\"", with: "Action = \"s3:GetObject\", Resource = \"arn:aws:s3:::b/*\"")), [])
    }

    func testCloudSQLInstanceOfTheGoogleModule() {
        let call = """
        module "orders" {
          source           = "terraform-google-modules/sql-db/google//modules/postgresql"
          version          = "~> 26.0"
          name             = "orders"
          database_version = "POSTGRES_15"
          ip_configuration = {
            authorized_networks = [{ name = "anyone", value = "0.0.0.0/0" }]
          }
        }
        """
        XCTAssertEqual(Set(found(call).map(\.description)), ["GCP-SQL-OPEN-AUTHORIZED-NETWORK@6", "GCP-SQL-PUBLIC-IP@6"],
                       "the caller's ip_configuration leaves the module's public address on and opens it")
        XCTAssertEqual(found("module \"db\" {\n  source = \"terraform-google-modules/sql-db/google//modules/postgresql\"\n  name   = \"db\"\n}\n"),
                       [Found(id: "GCP-SQL-PUBLIC-IP", line: 1)], "public by the module's default")
        let privateOnly = """
        module "orders" {
          source           = "terraform-google-modules/sql-db/google//modules/mysql"
          name             = "orders"
          ip_configuration = {
            ipv4_enabled    = false
            private_network = "projects/p/global/networks/internal"
          }
        }
        """
        XCTAssertEqual(found(privateOnly), [])
    }

    func testSourceForms() {
        XCTAssertEqual(RegistryModuleSource("terraform-aws-modules/vpc/aws")?.module, "terraform-aws-modules/vpc/aws")
        XCTAssertEqual(RegistryModuleSource("git::https://github.com/terraform-aws-modules/terraform-aws-vpc.git?ref=v5.8.1")?.reference, "v5.8.1")
        XCTAssertEqual(RegistryModuleSource("github.com/terraform-aws-modules/terraform-aws-s3-bucket")?.module, "terraform-aws-modules/s3-bucket/aws")
        XCTAssertNil(RegistryModuleSource("./modules/vpc"))
        XCTAssertNil(RegistryModuleSource("../a/b"))
        XCTAssertNil(RegistryModuleSource("app.terraform.io/acme/vpc/aws/extra"))
        XCTAssertNil(RegistryModuleSource("github.com/acme/vpc"), "not a registry module's repository name")
        XCTAssertNil(RegistryModuleSource("s3::https://s3.amazonaws.com/bucket/vpc.zip"))
        XCTAssertEqual(RegistryModuleSource.majorVersion(of: ">= 4.2, < 6.0"), 4)
        XCTAssertEqual(RegistryModuleSource.majorVersion(of: "v5.1.0"), 5)
        XCTAssertNil(RegistryModuleSource.majorVersion(of: "main"))
    }

    func testEveryModelParses() throws {
        for model in RegistryModuleModel.all.values {
            let submodules = model.module.hasSuffix("security-group/aws")
                ? [""] + RegistryModuleModel.securityGroupRuleGroups.keys.map { "modules/" + $0 }
                : ["", "modules/iam-policy", "modules/db_instance", "modules/postgresql", "modules/mysql"]
            for submodule in submodules {
                for major in [nil] + model.majors.map(Optional.some) {
                    guard let text = model.text(submodule, major) else { continue }
                    guard case .success = TerraformFile.parse(path: "model.tf", text: text) else {
                        return XCTFail("\(model.module)//\(submodule) at \(major.map(String.init) ?? "newest") does not parse")
                    }
                }
            }
        }
    }
}

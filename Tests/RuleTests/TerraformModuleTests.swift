@testable import InfragateRules
import XCTest

/// Module-level behaviour of the Terraform pack: files of a directory judged together, findings
/// reported only in the file under evaluation, values resolved from other files.
final class TerraformModuleTests: XCTestCase {
    /// A revision held in memory: path → text.
    private struct MemorySnapshot: RepositorySnapshot {
        let files: [String: String]

        func filePaths(in directory: String) -> [String] {
            files.keys.filter { path in
                let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
                return parent == directory
            }
        }

        func allFilePaths() -> [String] { Array(files.keys) }
        func text(at path: String) -> String? { files[path] }
    }

    private func findings(in path: String, of files: [String: String]) -> [(id: String, line: Int, message: String, identity: String)] {
        let result = TerraformPack.evaluate(SourceFile(path: path, text: files[path] ?? ""), in: MemorySnapshot(files: files))
        XCTAssertEqual(result.problems, [], "\(path) did not parse")
        return result.violations.map { ($0.rule.id, $0.violation.line, $0.violation.message, $0.violation.identity) }
    }

    private func ids(in path: String, of files: [String: String]) -> Set<String> {
        Set(findings(in: path, of: files).map(\.id))
    }

    private let bucket = """
    resource "aws_s3_bucket" "data" {
      bucket = "my-data"
    }
    """

    func testEncryptionResourceInAnUnchangedFileOfTheModuleCountsForTheBucket() {
        let encryption = """
        resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
          bucket = aws_s3_bucket.data.id
          rule {
            apply_server_side_encryption_by_default {
              sse_algorithm = "aws:kms"
            }
          }
        }
        """
        XCTAssertTrue(ids(in: "infra/main.tf", of: ["infra/main.tf": bucket]).contains("AWS-S3-NO-ENCRYPTION-CONFIG"))
        XCTAssertFalse(ids(in: "infra/main.tf", of: ["infra/main.tf": bucket, "infra/encryption.tf": encryption]).contains("AWS-S3-NO-ENCRYPTION-CONFIG"))
        // A file of another directory is another module.
        XCTAssertTrue(ids(in: "infra/main.tf", of: ["infra/main.tf": bucket, "other/encryption.tf": encryption]).contains("AWS-S3-NO-ENCRYPTION-CONFIG"))
    }

    func testFindingsAreReportedOnlyInTheFileTheyAreLocatedIn() {
        let versioning = """
        resource "aws_s3_bucket_versioning" "data" {
          bucket = "my-data"
          versioning_configuration {
            status = "Suspended"
          }
        }
        """
        let files = ["main.tf": bucket, "versioning.tf": versioning]
        XCTAssertFalse(ids(in: "main.tf", of: files).contains("AWS-S3-NO-VERSIONING"))
        let inVersioning = findings(in: "versioning.tf", of: files).filter { $0.id == "AWS-S3-NO-VERSIONING" }
        XCTAssertEqual(inVersioning.map(\.line), [4])
    }

    func testVariableDefaultInAnotherFileDecides() {
        let database = """
        resource "aws_db_instance" "main" {
          engine              = "postgres"
          publicly_accessible = var.public
        }
        """
        let bad = ["db.tf": database, "variables.tf": "variable \"public\" {\n  default = true\n}\n"]
        XCTAssertEqual(findings(in: "db.tf", of: bad).filter { $0.id == "AWS-RDS-PUBLIC" }.map(\.line), [3])
        let good = ["db.tf": database, "variables.tf": "variable \"public\" {\n  default = false\n}\n"]
        XCTAssertFalse(ids(in: "db.tf", of: good).contains("AWS-RDS-PUBLIC"))
        let overridden = bad.merging(["terraform.tfvars": "public = false\n"]) { $1 }
        XCTAssertFalse(ids(in: "db.tf", of: overridden).contains("AWS-RDS-PUBLIC"))
        let undecided = bad.merging(["prod.tfvars": "public = false\n"]) { $1 }
        XCTAssertFalse(ids(in: "db.tf", of: undecided).contains("AWS-RDS-PUBLIC"), "a -var-file candidate makes the value unknown")
        let noDefault = ["db.tf": database, "variables.tf": "variable \"public\" {\n  type = bool\n}\n"]
        XCTAssertFalse(ids(in: "db.tf", of: noDefault).contains("AWS-RDS-PUBLIC"))
    }

    func testCountAndForEachResources() {
        let forEach = """
        resource "aws_ebs_volume" "disks" {
          for_each          = toset(["a", "b"])
          availability_zone = "eu-west-1${each.key}"
        }
        """
        XCTAssertEqual(findings(in: "main.tf", of: ["main.tf": forEach]).filter { $0.id == "AWS-EBS-UNENCRYPTED" }.map(\.line), [1])
        let none = """
        resource "aws_ebs_volume" "disks" {
          for_each          = {}
          availability_zone = "eu-west-1a"
        }
        resource "aws_ebs_volume" "optional" {
          count             = var.enabled ? 1 : 0
          availability_zone = "eu-west-1a"
        }
        variable "enabled" {
          default = false
        }
        """
        XCTAssertFalse(ids(in: "main.tf", of: ["main.tf": none]).contains("AWS-EBS-UNENCRYPTED"))
    }

    func testHeredocAndJSONEncodePoliciesInLocalsOfAnotherFile() {
        let policy = """
        resource "aws_iam_policy" "a" {
          policy = local.heredoc
        }
        resource "aws_iam_policy" "b" {
          policy = jsonencode(local.document)
        }
        """
        let locals = """
        locals {
          heredoc  = <<-EOT
            {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}
          EOT
          document = { Statement = [{ Effect = "Allow", Action = ["*"], Resource = ["*"] }] }
        }
        """
        let found = findings(in: "iam.tf", of: ["iam.tf": policy, "locals.tf": locals]).filter { $0.id == "AWS-IAM-WILDCARD" }
        XCTAssertEqual(found.map(\.line).sorted(), [2, 5])
    }

    func testSyntaxErrorInOneFileBesideGoodFiles() {
        let files = ["main.tf": bucket, "broken.tf": "resource \"aws_s3_bucket\" \"x\" {\n  acl = \n}\n", "db.tf": "resource \"aws_db_instance\" \"d\" {\n  publicly_accessible = true\n}\n"]
        let broken = TerraformPack.evaluate(SourceFile(path: "broken.tf", text: files["broken.tf"] ?? ""), in: MemorySnapshot(files: files))
        XCTAssertEqual(broken.problems.map(\.line), [2])
        XCTAssertTrue(broken.violations.isEmpty)
        XCTAssertTrue(ids(in: "main.tf", of: files).contains("AWS-S3-NO-VERSIONING"))
        XCTAssertTrue(ids(in: "db.tf", of: files).contains("AWS-RDS-PUBLIC"))
    }

    func testJSONSyntaxModuleFileWithSurrogatePairs() {
        let json = #"""
        {
          "resource": {
            "aws_db_instance": {
              "main": {
                "engine": "postgres",
                "tags": { "Name": "\ud83d\ude00" },
                "publicly_accessible": "${var.public}"
              }
            }
          }
        }
        """#
        let files = ["main.tf.json": json, "variables.tf": "variable \"public\" {\n  default = true\n}\n"]
        XCTAssertEqual(findings(in: "main.tf.json", of: files).filter { $0.id == "AWS-RDS-PUBLIC" }.map(\.line), [7])
        let broken = TerraformPack.evaluate(SourceFile(path: "main.tf.json", text: "{\n  \"resource\": [\n"), in: MemorySnapshot(files: [:]))
        XCTAssertEqual(broken.problems.map(\.line), [3])
    }

    func testSecretValuesNeverAppearInMessagesOrIdentities() {
        // Not AWS's documentation key, which is a placeholder (SecretValue).
        let secret = "q8Zr2XkT9vLm4NpW7sYb3/HcJ6dFg1QeAa5Uo0Rt"
        let source = """
        provider "aws" {
          secret_key = "\(secret)"
        }
        variable "api_token" {
          default = "\(secret)"
        }
        resource "aws_instance" "app" {
          user_data = "export API_TOKEN=\(secret)"
        }
        """
        let found = findings(in: "main.tf", of: ["main.tf": source]).filter { $0.id.contains("SECRET") || $0.id.contains("CREDENTIALS") }
        XCTAssertEqual(Set(found.map(\.id)), ["TF-PROVIDER-HARDCODED-CREDENTIALS", "TF-VARIABLE-SECRET-DEFAULT", "AWS-EC2-USER-DATA-SECRET"])
        for finding in found {
            XCTAssertFalse(finding.message.contains(secret), finding.message)
            XCTAssertFalse(finding.identity.contains(secret), finding.identity)
        }
    }

    func testCyclicAndDeeplyChainedLocalsAreUnknownNotAHang() {
        var source = "locals {\n  a = local.b\n  b = local.a\n"
        for index in 0..<500 { source += "  l\(index) = [local.l\(index + 1), local.l\(index + 1)]\n" }
        source += "}\nresource \"aws_db_instance\" \"d\" {\n  publicly_accessible = local.a\n  storage_encrypted = local.l0\n}\n"
        XCTAssertFalse(ids(in: "main.tf", of: ["main.tf": source]).contains("AWS-RDS-PUBLIC"))
    }

    func testPackAcceptsTerraformFileNamesOnly() {
        XCTAssertTrue(TerraformPack.canEvaluate(examplePath: "main.tf"))
        XCTAssertTrue(TerraformPack.canEvaluate(examplePath: "main.tf.json"))
        XCTAssertTrue(TerraformPack.canEvaluate(examplePath: "prod.tfvars"))
        XCTAssertFalse(TerraformPack.canEvaluate(examplePath: "template.yaml"))
    }

    func testLargeModuleIsJudgedQuickly() {
        var files: [String: String] = [:]
        for file in 0..<40 {
            files["m/f\(file).tf"] = (0..<50).map { index in
                """
                resource "aws_s3_bucket" "b\(file)_\(index)" {
                  bucket = "bucket-\(file)-\(index)"
                }
                resource "aws_s3_bucket_versioning" "b\(file)_\(index)" {
                  bucket = aws_s3_bucket.b\(file)_\(index).id
                  versioning_configuration {
                    status = "Enabled"
                  }
                }
                resource "aws_security_group" "g\(file)_\(index)" {
                  ingress {
                    from_port   = 443
                    to_port     = 443
                    protocol    = "tcp"
                    cidr_blocks = ["10.0.0.0/8"]
                  }
                }
                """
            }.joined(separator: "\n")
        }
        let start = Date()
        let found = ids(in: "m/f0.tf", of: files)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10, "6,000 resources in 40 files")
        XCTAssertFalse(found.contains("AWS-S3-NO-VERSIONING"))
        XCTAssertTrue(found.contains("AWS-S3-NO-ACCESS-LOGGING"))
    }

    func testJSONSyntaxBlocksLabelsAndBackends() {
        let json = """
        {
          "//": "generated",
          "terraform": {
            "backend": { "s3": { "bucket": "state", "encrypt": false } }
          },
          "provider": {
            "aws": [
              { "region": "eu-west-1" },
              { "alias": "us", "region": "us-east-1", "secret_key": "${var.key}" }
            ]
          },
          "variable": { "key": { "default": "not-a-real-key-value" } },
          "resource": {
            "aws_instance": {
              "web": { "ami": "ami-1", "metadata_options": { "http_tokens": "optional" } }
            }
          }
        }
        """
        let found = findings(in: "main.tf.json", of: ["main.tf.json": json])
        XCTAssertEqual(found.first { $0.id == "TF-BACKEND-S3-UNENCRYPTED" }?.line, 4)
        XCTAssertEqual(found.first { $0.id == "TF-PROVIDER-HARDCODED-CREDENTIALS" }?.line, 9)
        XCTAssertEqual(found.first { $0.id == "AWS-EC2-IMDSV1" }?.line, 15)
    }
}

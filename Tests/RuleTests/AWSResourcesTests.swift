@testable import InfragateRules
import XCTest

/// The one AWS resource model: what the Terraform and CloudFormation adapters make of their input,
/// and the precedence of one finding over another at the same location.
final class AWSResourcesTests: XCTestCase {
    private func terraform(_ text: String, path: String = "main.tf") throws -> AWSResources {
        guard case .success(let file) = TerraformFile.parse(path: path, text: text) else { throw XCTSkip("did not parse") }
        return AWSResources(terraform: TerraformModule(files: [file]))
    }

    private func cloudFormation(_ text: String) -> AWSResources {
        AWSResources(cloudFormation: CloudFormationTemplate(parsing: SourceFile(path: "template.yaml", text: text)))
    }

    func testSeparateS3ConfigurationIsJoinedIntoItsBucketByReferenceOrName() throws {
        let resources = try terraform("""
        resource "aws_s3_bucket" "logs" {
          bucket = "acme-logs"
        }
        resource "aws_s3_bucket" "data" {
          bucket = "acme-data"
        }
        resource "aws_s3_bucket_versioning" "logs" {
          bucket = aws_s3_bucket.logs.id
          versioning_configuration {
            status = "Enabled"
          }
        }
        resource "aws_s3_bucket_public_access_block" "data" {
          bucket            = "acme-data"
          block_public_acls = true
        }
        """)
        let logs = try XCTUnwrap(resources.resource(at: "aws_s3_bucket.logs"))
        XCTAssertEqual(logs.type, "AWS::S3::Bucket")
        XCTAssertEqual(logs.setting("VersioningConfiguration.Status")?.known, .string("Enabled"))
        XCTAssertEqual(logs.setting("VersioningConfiguration.Status")?.line, 10, "located where the separate resource writes it")
        XCTAssertNil(logs.setting("PublicAccessBlockConfiguration"))
        let data = try XCTUnwrap(resources.resource(at: "aws_s3_bucket.data"))
        XCTAssertEqual(data.setting("PublicAccessBlockConfiguration.BlockPublicAcls")?.known, .bool(true))
        XCTAssertEqual(resources.ofType("AWS::S3::Bucket").count, 2, "the separate resources are not resources of their own")
    }

    func testConfigurationOfAnUnknownBucketMakesTheSettingUnknownOnEveryBucket() throws {
        let resources = try terraform("""
        resource "aws_s3_bucket" "data" {
          bucket = "acme-data"
        }
        resource "aws_s3_bucket_logging" "any" {
          bucket        = var.bucket
          target_bucket = "acme-logs"
        }
        """)
        let data = try XCTUnwrap(resources.resource(at: "aws_s3_bucket.data"))
        XCTAssertEqual(data.setting("LoggingConfiguration")?.known, .unknown, "may be configured: unknown, never unset")
        XCTAssertNil(data.setting("VersioningConfiguration"))
    }

    func testTerraformReferencesAreFollowedThroughLocalsAndModulesStayUnresolved() throws {
        let resources = try terraform("""
        locals {
          vpc = aws_vpc.main.id
        }
        resource "aws_vpc" "main" {
          cidr_block = "10.0.0.0/16"
        }
        resource "aws_instance" "a" {
          subnet_id = local.vpc
          ami       = module.images.id
        }
        """)
        let instance = try XCTUnwrap(resources.resource(at: "aws_instance.a"))
        XCTAssertEqual(instance.setting("subnet_id")?.references, ["aws_vpc.main"])
        XCTAssertEqual(instance.setting("ami")?.references, ["module.images"])
        XCTAssertNil(resources.referenced(by: try XCTUnwrap(instance.setting("ami")), ofType: ["AWS::EC2::VPC"]),
                     "a module output may be anything")
    }

    func testCountZeroCreatesNothingAndDynamicBlocksAreRead() throws {
        let resources = try terraform("""
        resource "aws_instance" "off" {
          count = 0
        }
        resource "aws_instance" "on" {
          dynamic "metadata_options" {
            for_each = [1]
            content {
              http_tokens = "required"
            }
          }
        }
        """)
        XCTAssertNil(resources.resource(at: "aws_instance.off"))
        XCTAssertEqual(resources.resource(at: "aws_instance.on")?.setting("metadata_options.http_tokens")?.known, .string("required"))
    }

    func testCloudFormationIntrinsicsAreUnknownWithTheirReferencesAndSAMResourcesAreWhatTheyCreate() throws {
        let resources = cloudFormation("""
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          Retention:
            Type: Number
            Default: 14
        Resources:
          Logs:
            Type: AWS::Logs::LogGroup
            Properties:
              RetentionInDays: !Ref Retention
              KmsKeyId: !GetAtt Key.Arn
              LogGroupName: !Sub "${AWS::StackName}-${Api}"
          Table:
            Type: AWS::Serverless::SimpleTable
        """)
        let logs = try XCTUnwrap(resources.resource(at: "Logs"))
        XCTAssertEqual(logs.setting("RetentionInDays")?.known, .number(14))
        XCTAssertEqual(logs.setting("RetentionInDays")?.parameter, "Retention")
        XCTAssertEqual(logs.setting("KmsKeyId")?.known, .unknown)
        XCTAssertEqual(logs.setting("KmsKeyId")?.references, ["Key"])
        XCTAssertEqual(logs.setting("LogGroupName")?.references, ["Api"], "pseudo parameters are not resources")
        XCTAssertEqual(resources.resource(at: "Table")?.type, "AWS::DynamoDB::Table")
    }

    /// An opening on every port is one finding (all ports), not also SSH, RDP and database: the
    /// all-ports rule subsumes them at the same line, while the same service rules still report
    /// an opening of their own port elsewhere in the file.
    func testAFindingSubsumesTheFindingsItImpliesAtTheSameLineOnly() throws {
        let text = """
        resource "aws_security_group_rule" "everything" {
          type        = "ingress"
          from_port   = 0
          to_port     = 65535
          protocol    = "tcp"
          cidr_blocks = ["0.0.0.0/0"]
        }
        resource "aws_security_group_rule" "ssh" {
          type        = "ingress"
          from_port   = 22
          to_port     = 22
          protocol    = "tcp"
          cidr_blocks = ["0.0.0.0/0"]
        }
        """
        guard case .success(let file) = TerraformFile.parse(path: "main.tf", text: text) else { return XCTFail("did not parse") }
        let resources = AWSResources(terraform: TerraformModule(files: [file]))
        let found = AWSRules.checks.violations(in: resources)
            .filter { $0.rule.id.hasPrefix("AWS-SG-") }.map { "\($0.rule.id)@\($0.violation.line)" }
        XCTAssertEqual(found.sorted(), ["AWS-SG-OPEN-ALL-PORTS@6", "AWS-SG-OPEN-SSH@13"])
        let everywhere = AWSRules.checks.rules.filter { $0.description.id != "AWS-SG-OPEN-ALL-PORTS" }
        let withoutPrecedence = RuleSet(everywhere).violations(in: resources)
            .filter { $0.violation.line == 6 }.map(\.rule.id)
        XCTAssertEqual(Set(withoutPrecedence), ["AWS-SG-OPEN-SSH", "AWS-SG-OPEN-RDP", "AWS-SG-OPEN-DATABASE"],
                       "each service rule reports the opening; only precedence makes it one finding")
    }

    /// Every way of writing a policy reaches the IAM rules through the one model: a data source
    /// (with `not_actions`), `jsonencode` in place, heredoc JSON and a CloudFormation document,
    /// each statement on its own line.
    func testPoliciesAreReadFromEveryFormatWithTheirStatementLines() throws {
        let text = """
        data "aws_iam_policy_document" "ops" {
          statement {
            not_actions = ["s3:*"]
            resources   = ["*"]
          }
        }
        resource "aws_iam_role_policy" "inline" {
          policy = jsonencode({
            Statement = [
              { Effect = "Allow", Action = "s3:GetObject", Resource = "*" },
              { Effect = "Allow", Action = "iam:Pass*", Resource = "*" },
            ]
          })
        }
        resource "aws_s3_bucket_policy" "site" {
          policy = <<EOF
        {"Statement": [
          {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}
        ]}
        EOF
        }
        """
        guard case .success(let file) = TerraformFile.parse(path: "main.tf", text: text) else { return XCTFail("did not parse") }
        let policies = AWSResources(terraform: TerraformModule(files: [file])).policies
        XCTAssertEqual(policies.map(\.owner.address).sorted(),
                       ["aws_iam_policy_document.ops", "aws_iam_role_policy.inline", "aws_s3_bucket_policy.site"])
        let ops = try XCTUnwrap(policies.first { $0.owner.address == "aws_iam_policy_document.ops" })
        XCTAssertEqual(ops.statements.map(\.line), [2])
        XCTAssertEqual(ops.statements.first?.notActions, ["s3:*"])
        XCTAssertEqual(policies.first { $0.owner.address == "aws_iam_role_policy.inline" }?.statements.map(\.line), [10, 11])
        XCTAssertEqual(policies.first { $0.role == .bucket }?.statements.map(\.line), [18])

        let template = CloudFormationTemplate(parsing: SourceFile(path: "template.yaml", text: """
        Resources:
          Ops:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - {Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}
              Policies:
                - PolicyName: ops
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, NotAction: "iam:*", Resource: "*"}
        """))
        let templatePolicies = AWSResources(cloudFormation: template).policies
        XCTAssertEqual(templatePolicies.map(\.role), [.trust, .identity])
        XCTAssertEqual(templatePolicies.last?.statements.map(\.line), [12])
        XCTAssertEqual(templatePolicies.last?.statements.first?.notActions, ["iam:*"])
    }

    /// IAM wildcards in actions are matched as IAM matches them, case-insensitively.
    func testActionPatternsMatchLikeIAM() {
        XCTAssertTrue(AWSPolicyStatement.matches("iam:Pass*", "iam:PassRole"))
        XCTAssertTrue(AWSPolicyStatement.matches("*", "sts:AssumeRole"))
        XCTAssertTrue(AWSPolicyStatement.matches("STS:Assume?ole", "sts:AssumeRole"))
        XCTAssertTrue(AWSPolicyStatement.matches("iam:*Role", "iam:PassRole"))
        XCTAssertFalse(AWSPolicyStatement.matches("iam:Pass", "iam:PassRole"))
        XCTAssertFalse(AWSPolicyStatement.matches("iam:Get*", "iam:PassRole"))
        XCTAssertFalse(AWSPolicyStatement.matches("s3:*", "iam:PassRole"))
    }
}

import InfragateParsers
import InfragateRules
import XCTest

/// What the generic example test does not show: how templates are read (short-form tags, JSON
/// that Yams refuses, malformed input) and how the AWS rules are shared with Terraform.
final class CloudFormationPackTests: XCTestCase {
    private func evaluate(_ text: String, path: String = "template.yaml") -> PackResult {
        CloudFormationPack.evaluate(SourceFile(path: path, text: text), in: EmptySnapshot())
    }

    private func ruleIDs(_ result: PackResult) -> Set<String> {
        Set(result.violations.map(\.rule.id))
    }

    func testSharedRulesAreListedByBothPacksWithBothFormatsExamples() throws {
        let sharedRules = CloudFormationPack.rules.filter { $0.id.hasPrefix("AWS-") }
        XCTAssertGreaterThan(sharedRules.count, 30)
        for rule in sharedRules {
            let terraform = try XCTUnwrap(TerraformPack.rules.first { $0.id == rule.id }, "\(rule.id) is not a Terraform rule")
            XCTAssertEqual(terraform.triggering.map(\.code), rule.triggering.map(\.code), rule.id)
            XCTAssertEqual(terraform.nonTriggering.map(\.code), rule.nonTriggering.map(\.code), rule.id)
            XCTAssertEqual(terraform.recommendation, rule.recommendation, rule.id)
            let paths = rule.triggering.map { $0.path ?? TerraformPack.examplePath }
            XCTAssertTrue(paths.contains { TerraformPack.canEvaluate(examplePath: $0) }, "\(rule.id) has no Terraform example")
            XCTAssertTrue(paths.contains { CloudFormationPack.canEvaluate(examplePath: $0) }, "\(rule.id) has no CloudFormation example")
            XCTAssertTrue(rule.nonTriggering.contains { $0.path.map(CloudFormationPack.canEvaluate) == true },
                          "\(rule.id) has no non-triggering CloudFormation example")
        }
    }

    func testRecommendationsInTerraformSyntaxAlsoSayHowToFixATemplate() throws {
        let versioning = try XCTUnwrap(RuleCatalog.rule(withID: "AWS-S3-NO-VERSIONING"))
        XCTAssertTrue(versioning.recommendation.contains("aws_s3_bucket_versioning"))
        XCTAssertTrue(versioning.recommendation.contains("In CloudFormation, set `VersioningConfiguration`"))
    }

    func testTemplatesAreTellableFromTerraformByName() {
        for path in ["template.yaml", "stack.yml", "stack.json", "stack.template", "STACK.YAML"] {
            XCTAssertTrue(CloudFormationPack.canEvaluate(examplePath: path), path)
        }
        for path in ["main.tf", "main.tf.json", "prod.tfvars.json", "Dockerfile"] {
            XCTAssertFalse(CloudFormationPack.canEvaluate(examplePath: path), path)
        }
    }

    func testShortFormIntrinsicTagsParseAndCountAsUnknown() {
        let result = evaluate("""
        AWSTemplateFormatVersion: "2010-09-09"
        Conditions:
          IsProd: !Equals [!Ref Stage, prod]
          NotProd: !Not [!Condition IsProd]
        Resources:
          Site:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Join ["-", [!Ref AWS::StackName, !Select [0, !Split ["/", !Ref Prefix]]]]
              AccessControl: !FindInMap [Acl, !Ref Stage, Value]
          Database:
            Type: AWS::RDS::DBInstance
            Properties:
              PubliclyAccessible: !Ref Public
              StorageEncrypted: !GetAtt Settings.Encrypted
              BackupRetentionPeriod: !ImportValue shared-retention
              DeletionProtection: !If [IsProd, true, !Ref Protect]
              EnableIAMDatabaseAuthentication: !Sub "${IamAuth}"
              AvailabilityZone: !Select [0, !GetAZs ""]
        Outputs:
          Subnets:
            Value: !Cidr [!GetAtt Vpc.CidrBlock, 6, 8]
        """)
        XCTAssertEqual(result.problems, [])
        let reported = ruleIDs(result)
        for id in ["AWS-S3-PUBLIC-ACL", "AWS-RDS-PUBLIC", "AWS-RDS-UNENCRYPTED", "AWS-RDS-NO-BACKUPS",
                   "AWS-RDS-NO-DELETION-PROTECTION", "AWS-RDS-NO-IAM-AUTH"] {
            XCTAssertFalse(reported.contains(id), "\(id) was guessed from an intrinsic function")
        }
        // Settings that are simply absent are still reported.
        XCTAssertTrue(reported.contains("AWS-S3-NO-VERSIONING"))
    }

    func testLongFormIntrinsicFunctionsCountAsUnknown() {
        let result = evaluate("""
        {
          "Resources": {
            "Database": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": {
                "PubliclyAccessible": {"Ref": "Public"},
                "StorageEncrypted": {"Fn::GetAtt": ["Settings", "Encrypted"]},
                "DeletionProtection": true,
                "EnableIAMDatabaseAuthentication": {"Fn::If": ["IsProd", true, {"Ref": "IamAuth"}]}
              }
            }
          }
        }
        """, path: "stack.json")
        XCTAssertEqual(result.problems, [])
        let judged = ["AWS-RDS-PUBLIC", "AWS-RDS-UNENCRYPTED", "AWS-RDS-NO-DELETION-PROTECTION", "AWS-RDS-NO-IAM-AUTH"]
        XCTAssertEqual(ruleIDs(result).filter(judged.contains), [])
    }

    func testUndecidedConditionsAreJudgedOnBothBranchesAndNamed() throws {
        let result = evaluate("""
        Conditions:
          IsDemo: !Equals [!Ref Stage, demo]
        Resources:
          Database:
            Type: AWS::RDS::DBInstance
            Condition: IsDemo
            Properties:
              PubliclyAccessible: !If [IsDemo, true, false]
              StorageEncrypted: true
          Open:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: open
              SecurityGroupIngress: !If
                - IsDemo
                - [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}]
                - !Ref AWS::NoValue
        """)
        XCTAssertEqual(result.problems, [])
        let exposed = try XCTUnwrap(result.violations.first { $0.rule.id == "AWS-RDS-PUBLIC" }?.violation)
        XCTAssertEqual(exposed.line, 8)
        XCTAssertTrue(exposed.message.hasSuffix("Only when condition `IsDemo` is true."), exposed.message)
        let ssh = try XCTUnwrap(result.violations.first { $0.rule.id == "AWS-SG-OPEN-SSH" }?.violation)
        XCTAssertTrue(ssh.message.contains("`IsDemo` is true"), ssh.message)
        // The database exists only when `IsDemo` holds, so all its findings depend on it; the
        // same finding from both stacks is reported once.
        let database = result.violations.filter { $0.violation.identity.hasPrefix("Database|") }
        XCTAssertFalse(database.isEmpty)
        XCTAssertTrue(database.allSatisfy { $0.violation.message.contains("`IsDemo` is true") })
        let fingerprints = result.violations.map { "\($0.rule.id)|\($0.violation.line)|\($0.violation.identity)" }
        XCTAssertEqual(fingerprints.count, Set(fingerprints).count)
    }

    func testJSONTemplateWithSurrogatePairEscapesIsScanned() throws {
        let template = """
        {
          "Description": "Public site \\ud83d\\ude00",
          "Resources": {
            "Site": {
              "Type": "AWS::S3::Bucket",
              "Properties": {"AccessControl": "PublicRead"}
            }
          }
        }
        """
        for path in ["stack.json", "stack.template"] {
            let result = evaluate(template, path: path)
            XCTAssertEqual(result.problems, [], path)
            let finding = try XCTUnwrap(result.violations.first { $0.rule.id == "AWS-S3-PUBLIC-ACL" }, path)
            XCTAssertEqual(finding.violation.line, 6, path)
        }
    }

    func testMalformedTemplatesAreFileProblemsWithTheirLine() throws {
        let yaml = evaluate("""
        Resources:
          Site:
            Type: AWS::S3::Bucket
            Properties: [unclosed
        """)
        XCTAssertEqual(yaml.violations.count, 0)
        let yamlProblem = try XCTUnwrap(yaml.problems.first)
        XCTAssertEqual(yamlProblem.line, 4)

        let json = evaluate("{\n  \"Resources\": {\n    \"Site\": {\"Type\": \"AWS::S3::Bucket\",}\n  }\n}\n", path: "stack.json")
        XCTAssertEqual(json.problems.map(\.line), [3])

        let notMapping = evaluate("Resources:\n  - Site\n")
        XCTAssertEqual(notMapping.problems.map(\.line), [1])
    }

    func testDeeplyNestedTemplatesAreRefusedWithoutCrashing() {
        let depth = 100_000
        let json = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        XCTAssertEqual(evaluate(json, path: "stack.json").problems.count, 1)
        let yaml = "Resources: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        XCTAssertFalse(evaluate(yaml).problems.isEmpty)
    }

    func testFindingsNameLogicalIDAndPropertyNeverTheSecret() throws {
        let result = evaluate("""
        Resources:
          App:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-12345678
              UserData:
                Fn::Base64: !Join
                  - "\\n"
                  - - "#!/bin/bash"
                    - "export API_TOKEN=s3cr3t-value-123"
                    - !Sub "export REGION=${AWS::Region}"
        """)
        let finding = try XCTUnwrap(result.violations.first { $0.rule.id == "AWS-EC2-USER-DATA-SECRET" })
        XCTAssertEqual(finding.violation.line, 6)
        XCTAssertEqual(finding.violation.identity, "App|UserData")
        XCTAssertFalse(finding.violation.message.contains("s3cr3t"))
        XCTAssertTrue(finding.violation.message.contains("API_TOKEN"))
    }

    func testHardCodedPasswordsAreNamedNeverShown() {
        let result = evaluate("""
        Parameters:
          ApiToken: {Type: String, Default: tok-0123456789}
        Resources:
          Database:
            Type: AWS::RDS::DBInstance
            Properties: {MasterUserPassword: hunter2hunter2}
        """)
        let secrets = result.violations.filter { $0.rule.id == "CFN-HARDCODED-SECRET" }.map(\.violation)
        XCTAssertEqual(secrets.map(\.identity), ["Parameters.ApiToken|Default", "Database|MasterUserPassword"])
        XCTAssertEqual(secrets.map(\.line), [2, 6])
        for secret in secrets {
            XCTAssertFalse(secret.message.contains("hunter2") || secret.message.contains("tok-0123"), secret.message)
        }
    }

    func testMissingSettingsPointAtTheLogicalID() throws {
        let result = evaluate("""
        Resources:

          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
        """)
        let lines = Set(result.violations.filter { $0.rule.id.hasPrefix("AWS-CLOUDTRAIL") }.map(\.violation.line))
        XCTAssertEqual(lines, [3])
        XCTAssertEqual(result.violations.filter { $0.rule.id.hasPrefix("AWS-CLOUDTRAIL") }.count, 4)
    }

    func testPolicyDocumentWrittenAsAJSONStringIsJudgedOnItsProperty() throws {
        let result = evaluate("""
        Resources:
          Admin:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: admin
              PolicyDocument: '{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}'
        """)
        let finding = try XCTUnwrap(result.violations.first { $0.rule.id == "AWS-IAM-WILDCARD" })
        XCTAssertEqual(finding.violation.line, 6)
        XCTAssertEqual(finding.violation.identity, "Admin|PolicyDocument.Statement[0]")
    }

    func testUserDataInLongFormJSONIsScanned() throws {
        let result = evaluate("""
        {"Resources": {"App": {"Type": "AWS::EC2::Instance", "Properties": {
          "UserData": {"Fn::Base64": {"Fn::Join": ["", ["#!/bin/bash\\n", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\\n", {"Ref": "Stage"}]]}}
        }}}}
        """, path: "stack.json")
        XCTAssertEqual(result.problems, [])
        let finding = try XCTUnwrap(result.violations.first { $0.rule.id == "AWS-EC2-USER-DATA-SECRET" })
        XCTAssertEqual(finding.violation.line, 2)
        XCTAssertFalse(finding.violation.message.contains("AKIA"))
    }
}

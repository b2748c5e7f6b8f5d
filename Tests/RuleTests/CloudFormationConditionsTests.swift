import InfragateParsers
import InfragateRules
import XCTest

/// `Conditions`, `Fn::If`, `AWS::NoValue`, resource `Condition`s and `Fn::ForEach`: what the template
/// decides is resolved as CloudFormation resolves it, what it leaves to deploy time is judged both ways.
final class CloudFormationConditionsTests: XCTestCase {
    private func evaluate(_ text: String) -> PackResult {
        CloudFormationPack.evaluate(SourceFile(path: "template.yaml", text: text), in: EmptySnapshot())
    }

    private func findings(_ result: PackResult, _ id: String) -> [Violation] {
        result.violations.filter { $0.rule.id == id }.map(\.violation)
    }

    func testConditionsDecidedByDefaultsAndLiteralsPickTheirBranch() {
        let result = evaluate("""
        Parameters:
          Stage: {Type: String, Default: prod}
          Count: {Type: Number, Default: 1}
        Conditions:
          IsProd: !Equals [!Ref Stage, prod]
          IsDev: !Not [!Condition IsProd]
          Single: !Equals [!Ref Count, "1"]
          Both: !And [!Condition IsProd, {Condition: Single}]
          Either: !Or [!Condition IsDev, !Equals [!Ref AWS::Region, eu-west-1]]
        Resources:
          Guarded:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              PubliclyAccessible: !If [Both, false, true]
              DeletionProtection: !If [IsDev, true, !Ref AWS::NoValue]
          OnlyInDev:
            Type: AWS::RDS::DBInstance
            Condition: IsDev
            Properties: {Engine: postgres, PubliclyAccessible: true}
        """)
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(findings(result, "AWS-RDS-PUBLIC"), [], "IsProd and Single hold: the private branch, and no dev database")
        // `AWS::NoValue` leaves the property out: the missing setting is reported at the logical id, unconditionally.
        let protection = findings(result, "AWS-RDS-NO-DELETION-PROTECTION")
        XCTAssertEqual(protection.map(\.line), [11])
        XCTAssertFalse(protection[0].message.contains("Only when"), protection[0].message)
        // `Either` depends on the region: undecided, yet nothing tests it, so it is not named.
        XCTAssertFalse(result.violations.contains { $0.violation.message.contains("Either") })
    }

    func testTheNotHoldingBranchIsNamedAndAConditionalPeerCountsOnlyWhenCreated() throws {
        let result = evaluate("""
        Conditions:
          Locked: !Equals [!Ref Mode, locked]
        Resources:
          Data:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              PubliclyAccessible: !If [Locked, false, true]
        """)
        let exposed = try XCTUnwrap(findings(result, "AWS-RDS-PUBLIC").first)
        XCTAssertEqual(exposed.line, 8)
        XCTAssertTrue(exposed.message.hasSuffix("Only when condition `Locked` is false."), exposed.message)
    }

    func testConditionCyclesAndUndefinedConditionsAreUndecidedNotFatal() throws {
        let result = evaluate("""
        Conditions:
          A: !Condition B
          B: !Not [!Condition A]
        Resources:
          Data:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              PubliclyAccessible: !If [A, true, !If [Undefined, true, false]]
        """)
        XCTAssertEqual(result.problems, [])
        let exposed = try XCTUnwrap(findings(result, "AWS-RDS-PUBLIC").first)
        XCTAssertTrue(exposed.message.contains("conditions `A`, `Undefined` are true"), exposed.message)
    }

    func testForEachExpandsLiteralAndDefaultCollectionsIntoNamedResources() {
        let result = evaluate("""
        Transform: AWS::LanguageExtensions
        Parameters:
          Names: {Type: CommaDelimitedList, Default: "Alpha, Beta"}
        Resources:
          Fn::ForEach::Queues:
            - Name
            - !Ref Names
            - ${Name}Database:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  PubliclyAccessible: true
          Fn::ForEach::Buckets:
            - Acl
            - [Private, PublicRead]
            - Fn::ForEach::Inner:
                - Suffix
                - [a-1, b-2]
                - Bucket&{Acl}&{Suffix}:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: !Ref Acl
        """)
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(findings(result, "AWS-RDS-PUBLIC").map(\.identity), ["AlphaDatabase|PubliclyAccessible", "BetaDatabase|PubliclyAccessible"])
        XCTAssertEqual(findings(result, "AWS-S3-PUBLIC-ACL").map(\.identity), ["BucketPublicReada1|AccessControl", "BucketPublicReadb2|AccessControl"])
    }

    func testForEachOverAnUnknownCollectionIsStillJudgedOnce() {
        let result = evaluate("""
        Resources:
          Fn::ForEach::Databases:
            - Name
            - !Ref Names
            - ${Name}Database:
                Type: AWS::RDS::DBInstance
                Properties: {Engine: postgres, PubliclyAccessible: true, DBInstanceIdentifier: !Ref Name}
        """)
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(findings(result, "AWS-RDS-PUBLIC").map(\.identity), ["${Name}Database|PubliclyAccessible"])
    }

    func testForEachBeyondItsBoundsIsAProblemNotAStall() {
        let items = (0..<3_000).map { "i\($0)" }.joined(separator: ", ")
        let many = evaluate("Resources:\n  Fn::ForEach::Many:\n    - X\n    - [\(items)]\n    - T${X}: {Type: AWS::SNS::Topic}\n")
        XCTAssertEqual(many.problems.count, 1)
        XCTAssertTrue(many.problems.first?.message.contains("more than 2000") == true, "\(many.problems)")

        // Six loops, each inside the previous one's fragment: CloudFormation allows five.
        var fragment = "{\"T${X5}\": {Type: AWS::SNS::Topic}}"
        for level in (0..<6).reversed() {
            fragment = "{\"Fn::ForEach::L\(level)\": [X\(level), [a], \(fragment)]}"
        }
        let deep = evaluate("Resources: \(fragment)\n")
        XCTAssertEqual(deep.problems.count, 1)
        XCTAssertTrue(deep.problems.first?.message.contains("deeper than 5") == true, "\(deep.problems)")

        let malformed = evaluate("Resources:\n  Fn::ForEach::Broken: [X, [a]]\n")
        XCTAssertEqual(malformed.problems.map(\.line), [2])
    }
}

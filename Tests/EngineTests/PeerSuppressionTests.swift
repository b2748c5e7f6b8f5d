@testable import InfragateEngine
import InfragateRules
import XCTest

/// Other tools' suppression comments, mapped through the catalog's equivalents.
final class PeerSuppressionTests: XCTestCase {
    private func scan(_ text: String, _ kind: FileKind, scope: InlineSuppressionScope = .all) -> PeerSuppressions {
        PeerSuppressions.scan(text, kind: kind, scope: scope)
    }

    func testCheckovSkipInsideATerraformBlockCoversThatBlock() {
        let peers = scan("""
            resource "aws_s3_bucket_acl" "site" {
              # checkov:skip=CKV_AWS_20:public static website, reviewed in SEC-7
              bucket = "site"
              acl    = "public-read"
            }
            resource "aws_s3_bucket_acl" "logs" {
              acl = "public-read"
            }
            """, .terraform)
        XCTAssertEqual(peers.suppression(for: "AWS-S3-PUBLIC-ACL", line: 4)?.reason,
                       "checkov:skip CKV_AWS_20: public static website, reviewed in SEC-7")
        XCTAssertNil(peers.suppression(for: "AWS-S3-PUBLIC-ACL", line: 7), "the next resource is not covered")
        XCTAssertTrue(peers.problems.isEmpty, "\(peers.problems)")
    }

    func testTrivyIgnoreAboveABlockCoversTheBlockAndAReasonlessCheckovSkipNothing() {
        let peers = scan("""
            #trivy:ignore:AVD-AWS-0092
            resource "aws_s3_bucket_acl" "site" {
              acl = "public-read" # checkov:skip=CKV_AWS_20
            }
            """, .terraform)
        XCTAssertEqual(peers.suppression(for: "AWS-S3-PUBLIC-ACL", line: 3)?.reason, "trivy:ignore:AVD-AWS-0092")
        XCTAssertEqual(peers.suppressions.count, 1)
        XCTAssertEqual(peers.problems.map(\.line), [3])
        XCTAssertTrue(peers.problems[0].message.contains("gives no reason"))
    }

    func testHadolintIgnoreCoversTheNextInstructionOnly() {
        let peers = scan("FROM alpine:3.20\n# hadolint ignore=DL3002\nUSER root\nUSER root\n", .dockerfile)
        XCTAssertNotNil(peers.suppression(for: "DOCKER-ROOT-USER", line: 3))
        XCTAssertNil(peers.suppression(for: "DOCKER-ROOT-USER", line: 4))
    }

    func testKICSIgnoreBlockCoversTheLinesIndentedUnderTheNextLine() {
        let peers = scan("""
            spec:
              # kics-scan ignore-block
              securityContext:
                privileged: true

              hostNetwork: true
            """, .kubernetes)
        // KICS names no rule: the comment covers every rule with a KICS equivalent, on those lines.
        XCTAssertEqual(peers.suppressions.map(\.lines), [3...4], "a sibling of the block is not under it")
        XCTAssertEqual(peers.suppressions.first?.ruleIDs.contains("DOCKER-ROOT-USER"), true)
    }

    func testKubeLinterAnnotationCoversItsObjectAndNeedsAReason() {
        let peers = scan("""
            apiVersion: v1
            kind: Pod
            metadata:
              annotations:
                ignore-check.kube-linter.io/privileged-container: "GPU driver installer, SEC-9"
            spec:
              containers: [{name: a, image: a, securityContext: {privileged: true}}]
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              annotations:
                ignore-check.kube-linter.io/privileged-container: ""
            spec:
              containers: [{name: b, image: b, securityContext: {privileged: true}}]
            """, .kubernetes)
        XCTAssertNotNil(peers.suppression(for: "K8S-PRIVILEGED", line: 7))
        XCTAssertNil(peers.suppression(for: "K8S-PRIVILEGED", line: 15))
        XCTAssertEqual(peers.problems.map(\.line), [13])
    }

    func testUnmappedIdsAndTheScopeAreNoticesThatSuppressNothing() {
        let peers = scan("# checkov:skip=CKV_NOPE_1:why\nUSER root\n# hadolint ignore=DL3002\nUSER root\n", .dockerfile,
                         scope: .only(["DOCKER-IMAGE-LATEST-TAG"]))
        XCTAssertTrue(peers.suppressions.isEmpty)
        XCTAssertEqual(peers.problems.map(\.line), [1, 3])
        XCTAssertTrue(peers.problems[0].message.contains("`CKV_NOPE_1` has no infragate equivalent"), peers.problems[0].message)
        XCTAssertTrue(peers.problems[1].message.contains("does not allow DOCKER-ROOT-USER"), peers.problems[1].message)
    }

    func testTurningPeerSuppressionsOnIsARelaxation() {
        var strict = Policy.defaults
        strict.peerSuppressions = false
        XCTAssertEqual(strict.relaxations(in: .defaults), ["peer_suppressions turned on"])
        XCTAssertEqual(Policy.defaults.relaxations(in: strict), [])
    }

    func testGateFindingsAreNeverCovered() {
        let peers = scan("# kics-scan ignore-line\nkind: Pod\n", .kubernetes)
        XCTAssertNil(peers.suppression(for: GateRules.parseError.id, line: 2))
    }
}

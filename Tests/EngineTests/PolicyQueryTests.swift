import InfragateEngine
import InfragateRules
import XCTest

final class PolicyQueryTests: XCTestCase {
    private let policy = """
    version: 1
    fail_on: high
    warn_on: low
    rules:
      DOCKER-LATEST-TAG: { severity: critical }
      DOCKER-NO-HEALTHCHECK: off
    paths:
      exclude: ["examples/**", "*.md"]
    waivers:
      - rule: DOCKER-ROOT-USER
        path: "legacy/**"
        reason: "vendor image, tracked in SEC-123"
        expires: 2026-01-31
      - rule: DOCKER-ROOT-USER
        path: "legacy/**"
        reason: "renewed in SEC-456"
        expires: 2026-06-30
      - rule: GATE-PARSE-ERROR
        path: "generated/**"
        reason: "templated, checked after rendering"
        expires: 2026-01-31
      - rule: DOCKER-LATEST-TAG
        reason: "base images are pinned by digest upstream"
    protected:
      refs: ["main", "release/*"]
      fail_on: medium
    """

    func testEffectiveSeverityAppliesOverridesAndOff() throws {
        let policy = try PolicyFixtures.parse(policy)
        XCTAssertEqual(policy.effectiveSeverity(ruleID: "DOCKER-LATEST-TAG", default: .low), .critical)
        XCTAssertEqual(policy.effectiveSeverity(ruleID: "docker-latest-tag", default: .low), .critical)
        XCTAssertNil(policy.effectiveSeverity(ruleID: "DOCKER-NO-HEALTHCHECK", default: .medium))
        XCTAssertEqual(policy.effectiveSeverity(ruleID: "DOCKER-ROOT-USER", default: .high), .high)
    }

    func testLevelsFollowTheThresholds() throws {
        let policy = try PolicyFixtures.parse(policy)
        XCTAssertEqual(policy.level(of: .critical), .failure)
        XCTAssertEqual(policy.level(of: .high), .failure)
        XCTAssertEqual(policy.level(of: .medium), .warning)
        XCTAssertEqual(policy.level(of: .low), .warning)
        XCTAssertEqual(policy.level(of: .info), .notice)
        XCTAssertEqual(policy.level(of: .medium, onRef: "refs/heads/main"), .failure)
        XCTAssertEqual(policy.level(of: .medium, onRef: "refs/heads/feature"), .warning)
        XCTAssertEqual(Policy.defaults.level(of: .medium), .warning)
        XCTAssertEqual(Policy.defaults.level(of: .low), .notice)
    }

    func testProtectedRefsUseTheirOwnThreshold() throws {
        let policy = try PolicyFixtures.parse(policy)
        XCTAssertTrue(policy.isProtected(ref: "main"))
        XCTAssertTrue(policy.isProtected(ref: "refs/heads/release/2.1"))
        XCTAssertFalse(policy.isProtected(ref: "refs/heads/feature/x"))
        XCTAssertEqual(policy.threshold(forRef: "refs/heads/main"), .medium)
        XCTAssertEqual(policy.threshold(forRef: "refs/heads/feature/x"), .high)
        XCTAssertEqual(Policy.defaults.threshold(forRef: "refs/heads/main"), .high, "nothing is protected by default")
    }

    func testProtectedRefWithoutItsOwnThresholdUsesFailOn() throws {
        let policy = try PolicyFixtures.parse("version: 1\nfail_on: critical\nprotected:\n  refs: [main]\n")
        XCTAssertEqual(policy.threshold(forRef: "refs/heads/main"), .critical)
    }

    func testPathExcludes() throws {
        let policy = try PolicyFixtures.parse(policy)
        XCTAssertTrue(policy.isExcluded(path: "examples/k8s/deploy.yml"))
        XCTAssertTrue(policy.isExcluded(path: "docs/README.md"))
        XCTAssertFalse(policy.isExcluded(path: "deploy/examples.yml"))
        XCTAssertFalse(Policy.defaults.isExcluded(path: "examples/x"))
    }

    func testWaiverMatchesRuleAndPathOnly() throws {
        let policy = try PolicyFixtures.parse(policy)
        let day = PolicyFixtures.date("2026-01-15")
        XCTAssertEqual(policy.waiver(for: "DOCKER-ROOT-USER", path: "legacy/app/Dockerfile", on: day)?.waiver.reason,
                       "vendor image, tracked in SEC-123")
        XCTAssertNil(policy.waiver(for: "DOCKER-ROOT-USER", path: "app/Dockerfile", on: day))
        XCTAssertNil(policy.waiver(for: "DOCKER-NO-HEALTHCHECK", path: "legacy/app/Dockerfile", on: day))
    }

    func testWaiverWithoutPathOrExpiryCoversEverythingForever() throws {
        let policy = try PolicyFixtures.parse(policy)
        guard case .active(let waiver)? = policy.waiver(for: "DOCKER-LATEST-TAG", path: "a/b/Dockerfile",
                                                        on: PolicyFixtures.date("2099-12-31")) else {
            return XCTFail("expected an active waiver")
        }
        XCTAssertNil(waiver.expires)
    }

    func testExpiryDayItselfStillCounts() throws {
        let policy = try PolicyFixtures.parse(policy)
        let lastMoment = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-01-31T23:59:59Z"))
        guard case .active? = policy.waiver(for: "GATE-PARSE-ERROR", path: "generated/x.yml", on: lastMoment) else {
            return XCTFail("a waiver applies through its expiry day")
        }
    }

    func testExpiredWaiverIsReportedButDoesNotApply() throws {
        let policy = try PolicyFixtures.parse(policy)
        let match = policy.waiver(for: "GATE-PARSE-ERROR", path: "generated/x.yml", on: PolicyFixtures.date("2026-02-01"))
        guard case .expired(let waiver)? = match else { return XCTFail("expected an expired waiver, got \(String(describing: match))") }
        XCTAssertEqual(waiver.expires?.description, "2026-01-31")
    }

    func testAnActiveWaiverWinsOverAnExpiredOne() throws {
        let policy = try PolicyFixtures.parse(policy)
        let match = policy.waiver(for: "DOCKER-ROOT-USER", path: "legacy/Dockerfile", on: PolicyFixtures.date("2026-03-01"))
        guard case .active(let waiver)? = match else { return XCTFail("expected the renewed waiver") }
        XCTAssertEqual(waiver.reason, "renewed in SEC-456")
    }

    func testScanDepthDefaultsByProtection() throws {
        let policy = try PolicyFixtures.parse(policy)
        XCTAssertEqual(policy.push.scanDepth(forRef: "refs/heads/main"), .eachCommit)
        XCTAssertEqual(policy.push.scanDepth(forRef: "refs/heads/feature"), .tip)
        let everywhere = try PolicyFixtures.parse("version: 1\nscan: each-commit\n")
        XCTAssertEqual(everywhere.push.scanDepth(forRef: "refs/heads/feature"), .eachCommit)
    }

    func testTagExemptionAndBypass() throws {
        let policy = try PolicyFixtures.parse("""
        version: 1
        exempt_tags: true
        bypass:
          enabled: true
          allow: ["Alice"]
        """)
        XCTAssertTrue(policy.push.isExemptFromScanning(ref: "refs/tags/v1.0"))
        XCTAssertFalse(policy.push.isExemptFromScanning(ref: "refs/heads/main"))
        XCTAssertFalse(Policy.defaults.push.isExemptFromScanning(ref: "refs/tags/v1.0"))
        XCTAssertTrue(policy.push.bypass.permits(user: "alice"))
        XCTAssertFalse(policy.push.bypass.permits(user: "mallory"))
        XCTAssertFalse(Policy.defaults.push.bypass.permits(user: "alice"))
    }
}

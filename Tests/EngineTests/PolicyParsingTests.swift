import InfragateEngine
import XCTest

final class PolicyParsingTests: XCTestCase {
    private let fullPolicy = """
    version: 1
    fail_on: high            # lowest severity that fails the gate
    warn_on: low
    max_file_size: 512KiB
    inline_suppressions: false
    rules:
      DOCKER-LATEST-TAG: { severity: low }
      DOCKER-NO-HEALTHCHECK: off
      docker-root-user: { enabled: false }
    paths:
      exclude: ["examples/**", "**/testdata/**"]
    waivers:
      - rule: GATE-PARSE-ERROR
        path: "legacy/**"
        reason: "vendor image, tracked in SEC-123"
        expires: 2027-03-31
      - rule: DOCKER-LATEST-TAG
        reason: |
          pinned by the base image
          process, see RUNBOOK.md
    protected:
      refs: ["main", "release/*", "refs/tags/v*"]
      deny_force_push: false
      deny_deletion: true
      fail_on: medium
    scan: tip
    exempt_tags: true
    bypass:
      enabled: true
      allow: ["alice", "release-bot"]
    deadline: 1.5s
    on_timeout: accept
    """

    func testEveryKeyIsRead() throws {
        let policy = try PolicyFixtures.parse(fullPolicy)
        XCTAssertEqual(policy.failOn, .high)
        XCTAssertEqual(policy.warnOn, .low)
        XCTAssertEqual(policy.maxFileSize, 512 * 1024)
        XCTAssertEqual(policy.inlineSuppressions, InlineSuppressionScope.none)
        XCTAssertEqual(policy.ruleSettings, [
            "DOCKER-LATEST-TAG": .severity(.low), "DOCKER-NO-HEALTHCHECK": .off, "DOCKER-ROOT-USER": .off,
        ])
        XCTAssertEqual(policy.excludedPaths.map(\.pattern), ["examples/**", "**/testdata/**"])
        XCTAssertEqual(policy.waivers, [
            Waiver(ruleID: "GATE-PARSE-ERROR", path: try Glob("legacy/**"), reason: "vendor image, tracked in SEC-123",
                   expires: CalendarDay("2027-03-31")),
            Waiver(ruleID: "DOCKER-LATEST-TAG", path: nil, reason: "pinned by the base image\nprocess, see RUNBOOK.md\n",
                   expires: nil),
        ])
        let push = policy.push
        XCTAssertEqual(push.protectedRefs.map(\.pattern), ["main", "release/*", "refs/tags/v*"])
        XCTAssertFalse(push.denyForcePush)
        XCTAssertTrue(push.denyDeletion)
        XCTAssertEqual(push.protectedFailOn, .medium)
        XCTAssertEqual(push.scanDepth, .tip)
        XCTAssertTrue(push.exemptTags)
        XCTAssertEqual(push.bypass, PushPolicy.Bypass(isEnabled: true, allowedUsers: ["alice", "release-bot"]))
        XCTAssertEqual(push.deadline, .milliseconds(1500))
        XCTAssertEqual(push.onTimeout, .accept)
    }

    func testVersionAloneGivesTheDefaults() throws {
        let policy = try PolicyFixtures.parse("version: 1\n")
        XCTAssertEqual(policy, .defaults)
        XCTAssertEqual(policy.failOn, .high)
        XCTAssertEqual(policy.warnOn, .medium)
        XCTAssertEqual(policy.maxFileSize, 2 * 1024 * 1024)
        XCTAssertEqual(policy.inlineSuppressions, .all)
        XCTAssertNil(policy.push.protectedInlineSuppressions)
        XCTAssertEqual(policy.push.deadline, .seconds(4))
        XCTAssertEqual(policy.push.onTimeout, .reject)
        XCTAssertNil(policy.push.scanDepth)
    }

    func testTemplateParsesToTheDefaults() throws {
        XCTAssertEqual(try PolicyFixtures.parse(Policy.template), .defaults)
    }

    func testTemplateExamplesParseWhenUncommented() throws {
        // The commented examples are what users will enable first; they must be valid as written.
        let uncommented = Policy.template
            .replacingOccurrences(of: "rules: {}\n#", with: "rules:\n ")
            .replacingOccurrences(of: "\n#  DOCKER-NO-HEALTHCHECK", with: "\n   DOCKER-NO-HEALTHCHECK")
            .replacingOccurrences(of: "  exclude: []\n#   exclude", with: "  exclude")
            .replacingOccurrences(of: "waivers: []\n#", with: "waivers:\n ")
            .replacingOccurrences(of: "\n#    ", with: "\n     ")
            .replacingOccurrences(of: "  refs: []\n", with: "")
            .replacingOccurrences(of: "\n#   refs:", with: "\n  refs:")
            .replacingOccurrences(of: "\n#   fail_on:", with: "\n  fail_on:")
            .replacingOccurrences(of: "\n#   inline_suppressions:", with: "\n  inline_suppressions:")
            .replacingOccurrences(of: "\n# scan:", with: "\nscan:")
        let policy = try PolicyFixtures.parse(uncommented)
        XCTAssertEqual(policy.ruleSettings, ["DOCKER-LATEST-TAG": .severity(.low), "DOCKER-NO-HEALTHCHECK": .off])
        XCTAssertEqual(policy.excludedPaths.count, 2)
        XCTAssertEqual(policy.waivers.map(\.ruleID), ["DOCKER-ROOT-USER"])
        XCTAssertEqual(policy.push.protectedRefs.count, 3)
        XCTAssertEqual(policy.push.protectedFailOn, .medium)
        XCTAssertEqual(policy.push.protectedInlineSuppressions, InlineSuppressionScope.none)
        XCTAssertEqual(policy.push.scanDepth, .eachCommit)
    }

    func testInlineSuppressionsAreABooleanOrAListOfRules() throws {
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\ninline_suppressions: true\n").inlineSuppressions, .all)
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\ninline_suppressions: False\n").inlineSuppressions, InlineSuppressionScope.none)
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\ninline_suppressions: []\n").inlineSuppressions, InlineSuppressionScope.none)
        let listed = try PolicyFixtures.parse("version: 1\ninline_suppressions: [docker-latest-tag, DOCKER-NO-HEALTHCHECK]\n")
        XCTAssertEqual(listed.inlineSuppressions, .only(["DOCKER-LATEST-TAG", "DOCKER-NO-HEALTHCHECK"]))
        XCTAssertTrue(listed.inlineSuppressions.permits(ruleID: "docker-latest-tag"))
        XCTAssertFalse(listed.inlineSuppressions.permits(ruleID: "DOCKER-ROOT-USER"))
    }

    func testProtectedRefsHaveTheirOwnInlineSuppressions() throws {
        let policy = try PolicyFixtures.parse("""
            version: 1
            inline_suppressions: true
            protected:
              refs: ["main"]
              inline_suppressions: [DOCKER-LATEST-TAG]
            """)
        XCTAssertEqual(policy.inlineSuppressions(onProtectedRef: false), .all)
        XCTAssertEqual(policy.inlineSuppressions(onProtectedRef: true), .only(["DOCKER-LATEST-TAG"]))
        // Left out, protected refs follow the top-level setting.
        let plain = try PolicyFixtures.parse("version: 1\ninline_suppressions: false\n")
        XCTAssertEqual(plain.inlineSuppressions(onProtectedRef: true), InlineSuppressionScope.none)
    }

    func testGateRulesAreNeverInAnyInlineScope() {
        for scope in [InlineSuppressionScope.all, .only(["GATE-PARSE-ERROR"]), .none] {
            XCTAssertFalse(scope.permits(ruleID: "GATE-PARSE-ERROR"), "\(scope)")
            XCTAssertFalse(scope.permits(ruleID: "gate-policy-relaxed"), "\(scope)")
            XCTAssertFalse(scope.permits(ruleID: "GATE-UNSCANNED-FILE"), "\(scope)")
        }
    }

    func testWideningInlineSuppressionsIsARelaxation() throws {
        let strict = try PolicyFixtures.parse("version: 1\ninline_suppressions: [DOCKER-LATEST-TAG]\nprotected:\n  inline_suppressions: false\n")
        let widened = try PolicyFixtures.parse("version: 1\ninline_suppressions: [DOCKER-LATEST-TAG, DOCKER-ROOT-USER]\n")
        XCTAssertEqual(strict.relaxations(in: widened), [
            "inline_suppressions extended to DOCKER-ROOT-USER",
            "protected.inline_suppressions enabled for DOCKER-LATEST-TAG, DOCKER-ROOT-USER",
        ])
        let narrowed = try PolicyFixtures.parse("version: 1\ninline_suppressions: false\n")
        XCTAssertEqual(strict.relaxations(in: narrowed), [])
        XCTAssertEqual(narrowed.relaxations(in: .defaults), ["inline_suppressions enabled"])
    }

    func testSizesAcceptBinaryUnitsAndBytes() throws {
        let table: [(String, Int)] = [
            ("1048576", 1_048_576), ("2MiB", 2_097_152), ("2 MiB", 2_097_152), ("512KiB", 524_288),
            ("1GiB", 1 << 30), ("100B", 100), ("3mib", 3 << 20),
        ]
        for (text, bytes) in table {
            XCTAssertEqual(try PolicyFixtures.parse("version: 1\nmax_file_size: \(text)\n").maxFileSize, bytes, text)
        }
    }

    func testDeadlinesAcceptSecondsAndMilliseconds() throws {
        let table: [(String, Duration)] = [("4s", .seconds(4)), ("500ms", .milliseconds(500)), ("4", .seconds(4)),
                                           ("0.25s", .milliseconds(250)), ("600s", .seconds(600))]
        for (text, duration) in table {
            XCTAssertEqual(try PolicyFixtures.parse("version: 1\ndeadline: \(text)\n").push.deadline, duration, text)
        }
    }

    func testTurningARuleOnLeavesAnEveryDayRuleAsItWas() throws {
        for setting in ["{ enabled: true }", "on", "ON"] {
            let policy = try PolicyFixtures.parse("version: 1\nrules:\n  DOCKER-ROOT-USER: \(setting)\n")
            XCTAssertEqual(policy.ruleSettings, ["DOCKER-ROOT-USER": .on], setting)
            XCTAssertEqual(policy.effectiveSeverity(ruleID: "DOCKER-ROOT-USER", default: .high), .high, setting)
            XCTAssertTrue(policy.enabledRules.includes("DOCKER-ROOT-USER"), setting)
        }
        XCTAssertThrowsError(try PolicyFixtures.parse("version: 1\nrules:\n  DOCKER-ROOT-USER: yes\n"))
    }

    func testLogRetentionMinimumIsADayCountOrTheHIPAAProfile() throws {
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\nlogs: { minimum_retention_days: 730 }\n").ruleParameters.minimumLogRetentionDays, 730)
        let hipaa = try PolicyFixtures.parse("version: 1\nlogs:\n  retention_profile: HIPAA\n")
        XCTAssertEqual(hipaa.ruleParameters.minimumLogRetentionDays, 2192)
        XCTAssertNil(Policy.defaults.ruleParameters.minimumLogRetentionDays)
        for bad in ["logs: { minimum_retention_days: 0 }", "logs: { minimum_retention_days: a year }", "logs: { retention_profile: sox }",
                    "logs: { minimum_retention_days: 400, retention_profile: hipaa }", "logs: { retention: 400 }"] {
            XCTAssertThrowsError(try PolicyFixtures.parse("version: 1\n\(bad)\n"), bad)
        }
        let shorter = try PolicyFixtures.parse("version: 1\nlogs: { minimum_retention_days: 365 }\n")
        XCTAssertEqual(hipaa.relaxations(in: shorter), ["logs.minimum_retention_days lowered from 2192 to 365"])
        XCTAssertEqual(hipaa.relaxations(in: try PolicyFixtures.parse("version: 1\n")), ["logs.minimum_retention_days removed (was 2192)"])
        XCTAssertEqual(shorter.relaxations(in: hipaa), [])
    }

    func testCRLFLineEndingsAreRead() throws {
        let policy = try PolicyFixtures.parse("version: 1\r\nfail_on: critical\r\nwarn_on: low\r\n")
        XCTAssertEqual(policy.failOn, .critical)
        XCTAssertEqual(policy.warnOn, .low)
    }

    func testQuotedTextMayHoldCharactersThatLookLikeAliases() throws {
        let policy = try PolicyFixtures.parse("""
        version: 1
        paths:
          exclude: ["*.md", '**/fixtures/**', "a*"]
        waivers:
          - rule: DOCKER-ROOT-USER
            reason: vendor's image *and* &co, see [SEC-1]
        """)
        XCTAssertEqual(policy.excludedPaths.map(\.pattern), ["*.md", "**/fixtures/**", "a*"])
        XCTAssertEqual(policy.waivers.first?.reason, "vendor's image *and* &co, see [SEC-1]")
    }

    func testQuotedTextMaySpanLines() throws {
        let policy = try PolicyFixtures.parse("""
        version: 1
        waivers:
          - rule: DOCKER-ROOT-USER
            reason: "first line
              *still text* [not a list"
        """)
        XCTAssertEqual(policy.waivers.first?.reason, "first line *still text* [not a list")
    }
}

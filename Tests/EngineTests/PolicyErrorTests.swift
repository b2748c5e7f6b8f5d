import InfragateEngine
import XCTest

final class PolicyErrorTests: XCTestCase {
    /// Parses and returns the error, failing the test when the policy is accepted.
    private func error(in text: String, file: StaticString = #filePath, line: UInt = #line) -> PolicyError? {
        do {
            _ = try PolicyFixtures.parse(text)
            XCTFail("the policy was accepted:\n\(text)", file: file, line: line)
        } catch let error as PolicyError {
            return error
        } catch {
            XCTFail("not a PolicyError: \(error)", file: file, line: line)
        }
        return nil
    }

    private func assertError(
        _ text: String, line expectedLine: Int, mentions fragment: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let error = error(in: text, file: file, line: line) else { return }
        XCTAssertEqual(error.line, expectedLine, "\(error)", file: file, line: line)
        XCTAssertTrue(error.message.contains(fragment), "expected `\(fragment)` in: \(error)", file: file, line: line)
    }

    /// Both mistakes of the `sql:` section are named, each at its line; a policy that gets them right is read.
    func testSQLSectionMistakesAreEachReportedAtTheirLine() throws {
        let policy = "version: 1\nsql:\n  paths: [\"db/**/*.txt\"]\n  rls_schemas:\n    - App\n"
        let described = error(in: policy)?.description ?? ""
        XCTAssertTrue(described.contains(".infragate.yml:3: `sql.paths` entry `db/**/*.txt` must name `.sql` files"), described)
        XCTAssertTrue(described.contains(".infragate.yml:5: `sql.rls_schemas` entry `App`"), described)
        assertError("version: 1\nsql:\n  schemas: [app]\n", line: 3, mentions: "schemas")
        let read = try PolicyFixtures.parse("version: 1\nsql:\n  paths: [\"db/**/*.sql\"]\n  rls_schemas: [app, tenant_data]\n")
        XCTAssertEqual(read.sql.rowLevelSecuritySchemas, ["app", "tenant_data"])
        XCTAssertTrue(read.sql.claims(path: "db/a/V1__x.sql"))
        XCTAssertFalse(read.sql.claims(path: "src/a.sql"))
    }

    func testDescriptionIsOriginLineMessage() {
        let error = error(in: "version: 1\nfail_on: severe\n")
        XCTAssertEqual(error?.description,
                       ".infragate.yml:2: `fail_on` must be one of info, low, medium, high, critical; found `severe`")
    }

    func testUnknownKeysAtEveryLevel() {
        assertError("version: 1\nfial_on: high\n", line: 2, mentions: "unknown key `fial_on`")
        assertError("version: 1\npaths:\n  exclude: []\n  include: [a]\n", line: 4, mentions: "unknown key `include` in `paths`")
        assertError("version: 1\nprotected:\n  refs: [main]\n  force: false\n", line: 4, mentions: "in `protected`")
        assertError("version: 1\nbypass:\n  users: [a]\n", line: 3, mentions: "in `bypass`")
        assertError("version: 1\nwaivers:\n  - rule: DOCKER-ROOT-USER\n    reason: r\n    until: 2027-01-01\n",
                    line: 5, mentions: "unknown key `until` in `waivers`")
        assertError("version: 1\nrules:\n  DOCKER-ROOT-USER:\n    level: low\n", line: 4, mentions: "in `rules.DOCKER-ROOT-USER`")
    }

    func testVersionIsRequiredAndChecked() {
        assertError("fail_on: high\n", line: 1, mentions: "no `version`")
        assertError("# policy\n\nversion: 2\n", line: 3, mentions: "unsupported policy version `2`")
        assertError("version: [1]\n", line: 1, mentions: "unsupported policy version a list")
        assertError("", line: 1, mentions: "empty")
        assertError("# only a comment\n", line: 1, mentions: "empty")
    }

    func testUnknownRuleIDs() {
        assertError("version: 1\nrules:\n  DOCKER-LATEST-TAG: off\n  DOCKER-LATES-TAG: off\n",
                    line: 4, mentions: "unknown rule `DOCKER-LATES-TAG`")
        assertError("version: 1\nwaivers:\n  - rule: NOPE\n    reason: r\n", line: 3, mentions: "unknown rule `NOPE`")
    }

    func testInlineSuppressionListNamesKnownRulesOnly() {
        assertError("version: 1\ninline_suppressions:\n  - DOCKER-ROOT-USER\n  - DOCKER-ROOT-USR\n", line: 4,
                    mentions: "`inline_suppressions` names unknown rule `DOCKER-ROOT-USR`")
        assertError("version: 1\nprotected:\n  inline_suppressions: [DOCKER-LATEST-TAG, NOPE]\n", line: 3,
                    mentions: "`protected.inline_suppressions` names unknown rule `NOPE`")
        // The gate's own findings would be suppressed by the file they judge: never listable, in any spelling.
        assertError("version: 1\ninline_suppressions: [gate-parse-error]\n", line: 2, mentions: "`GATE-PARSE-ERROR`, the gate's own finding")
        assertError("version: 1\nprotected:\n  inline_suppressions: [\"GATE-PARSE-ERROR\"]\n", line: 3, mentions: "can never be suppressed inline")
        assertError("version: 1\ninline_suppressions: [\"*\"]\n", line: 2, mentions: "unknown rule `*`")
    }

    func testBadSeverities() {
        assertError("version: 1\nwarn_on: meduim\n", line: 2, mentions: "`warn_on` must be one of info, low")
        assertError("version: 1\nrules:\n  DOCKER-ROOT-USER: { severity: extreme }\n", line: 3, mentions: "`rules.DOCKER-ROOT-USER.severity`")
        assertError("version: 1\nprotected:\n  fail_on: urgent\n", line: 3, mentions: "`protected.fail_on`")
    }

    func testInconsistentThresholds() {
        assertError("version: 1\nfail_on: medium\nwarn_on: high\n", line: 3, mentions: "above `fail_on`")
        assertError("version: 1\nprotected:\n  fail_on: critical\n", line: 3, mentions: "more lenient")
    }

    func testBadRuleSettings() {
        assertError("version: 1\nrules:\n  DOCKER-ROOT-USER: low\n", line: 3, mentions: "must be `off`, `on` or a mapping")
        assertError("version: 1\nrules:\n  DOCKER-ROOT-USER: { enabled: false, severity: low }\n", line: 3, mentions: "keep one")
        assertError("version: 1\nrules:\n  DOCKER-ROOT-USER: off\n  docker-root-user: off\n", line: 4, mentions: "already configured on line 3")
        assertError("version: 1\nrules: [DOCKER-ROOT-USER]\n", line: 2, mentions: "`rules` must map rule ids")
    }

    func testBadDates() {
        for date in ["2027-02-30", "2027-13-01", "31/03/2027", "2027-3-31", "tomorrow", "2027-03-31T00:00:00Z"] {
            assertError("version: 1\nwaivers:\n  - rule: DOCKER-ROOT-USER\n    reason: r\n    expires: \(date)\n",
                        line: 5, mentions: "YYYY-MM-DD")
        }
    }

    func testBadGlobs() {
        assertError("version: 1\npaths:\n  exclude:\n    - ok/**\n    - \"[abc\"\n", line: 5, mentions: "`paths.exclude` has an invalid glob `[abc`")
        assertError("version: 1\nwaivers:\n  - rule: DOCKER-ROOT-USER\n    path: a**b\n    reason: r\n", line: 4, mentions: "invalid glob")
        assertError("version: 1\nprotected:\n  refs: [\"release//x\"]\n", line: 3, mentions: "`protected.refs`")
    }

    func testWrongTypes() {
        assertError("version: 1\ninline_suppressions: yes\n", line: 2, mentions: "must be true, false or a list of rule ids; found `yes`")
        assertError("version: 1\nprotected:\n  inline_suppressions: { DOCKER-ROOT-USER: true }\n", line: 3,
                    mentions: "`protected.inline_suppressions` must be true, false or a list of rule ids; found a mapping")
        assertError("version: 1\npaths:\n  exclude: examples/**\n", line: 3, mentions: "`paths.exclude` must be a list")
        assertError("version: 1\npaths: [a]\n", line: 2, mentions: "`paths` must be a mapping")
        assertError("version: 1\nwaivers:\n  rule: DOCKER-ROOT-USER\n", line: 3, mentions: "`waivers` must be a list")
        assertError("version: 1\nwaivers:\n  - DOCKER-ROOT-USER\n", line: 3, mentions: "`waivers` must be a mapping")
        assertError("version: 1\nwaivers:\n  - rule: DOCKER-ROOT-USER\n    reason:\n", line: 4, mentions: "`waivers.reason` must be text; found nothing")
        assertError("version: 1\nbypass:\n  allow: [[a]]\n", line: 3, mentions: "`bypass.allow` must be text")
        assertError("version: 1\nscan: everything\n", line: 2, mentions: "one of tip, each-commit")
        assertError("version: 1\non_timeout: retry\n", line: 2, mentions: "one of reject, accept")
        assertError("- version: 1\n", line: 1, mentions: "the policy must be a mapping")
        assertError("version: 1\n? [a, b]\n: x\n", line: 2, mentions: "only scalar keys are supported")
    }

    func testMissingWaiverFields() {
        assertError("version: 1\nwaivers:\n  - rule: DOCKER-ROOT-USER\n    path: a/**\n", line: 3, mentions: "needs `rule` and `reason`")
    }

    func testBadSizesAndDeadlines() {
        assertError("version: 1\nmax_file_size: 2MB\n", line: 2, mentions: "`MB` is ambiguous")
        assertError("version: 1\nmax_file_size: 2TiB\n", line: 2, mentions: "unknown size unit `TiB`")
        assertError("version: 1\nmax_file_size: 0\n", line: 2, mentions: "from 1 byte to 1GiB")
        assertError("version: 1\nmax_file_size: 99999999999999999999\n", line: 2, mentions: "from 1 byte to 1GiB")
        assertError("version: 1\nmax_file_size: 2GiB\n", line: 2, mentions: "from 1 byte to 1GiB")
        assertError("version: 1\ndeadline: 4m\n", line: 2, mentions: "unknown duration unit `m`")
        assertError("version: 1\ndeadline: 0s\n", line: 2, mentions: "from 1ms to 10 minutes")
        assertError("version: 1\ndeadline: 601s\n", line: 2, mentions: "from 1ms to 10 minutes")
        assertError("version: 1\ndeadline: 1.2.3s\n", line: 2, mentions: "from 1ms to 10 minutes")
    }

    func testInvalidYAMLIsReportedAtItsLine() {
        assertError("version: 1\nfail_on: high\n  warn_on: low\n", line: 3, mentions: "YAML syntax error")
        // The line of the repeated key, as `rules` reports a rule configured twice.
        assertError("version: 1\nfail_on: high\nfail_on: low\n", line: 3, mentions: "duplicate key `fail_on`")
        assertError("version: 1\n---\nversion: 1\n", line: 2, mentions: "a policy is a single YAML document")
        assertError("version: 1\n\nfail_on: high\u{7}\n", line: 3, mentions: "control characters are not allowed")
    }

    func testEveryErrorIsReportedAtOnceInLineOrder() {
        let text = """
            version: 1
            fial_on: high
            warn_on: severe
            rules:
              NO-SUCH-RULE: off
              DOCKER-ROOT-USER: { level: low }
            waivers:
              - rule: DOCKER-ROOT-USER
              - rule: DOCKER-LATEST-TAG
                reason: later
                expires: tomorrow
            protected:
              refs: ["release/[0-9"]
            mode: strict
            report: { findings_per_rule_and_file: 0 }
            """
        guard let error = error(in: text) else { return }
        XCTAssertEqual(error.all.map(\.line), [2, 3, 5, 6, 8, 11, 13, 14, 15], "\(error)")
        XCTAssertEqual(error.description.split(separator: "\n").count, 9, "\(error)")
        XCTAssertTrue(error.description.hasPrefix(".infragate.yml:2: unknown key `fial_on`"), "\(error)")
        XCTAssertTrue(error.description.contains(".infragate.yml:14: `mode` must be one of enforce, report"), "\(error)")
    }
}

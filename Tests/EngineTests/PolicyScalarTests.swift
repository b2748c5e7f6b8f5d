import InfragateEngine
import XCTest

/// How the policy reads scalars: as the text written, against the key's schema. YAML 1.1's
/// implicit types play no part, so `off` is `off` and `yes` is not a boolean; quoting changes nothing.
final class PolicyScalarTests: XCTestCase {
    private func message(_ text: String) -> String? {
        do {
            _ = try PolicyFixtures.parse(text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    func testBooleansAreTrueOrFalseInAnyCaseOrQuoting() throws {
        for (text, value) in [("true", true), ("false", false), ("True", true), ("FALSE", false),
                              ("\"true\"", true), ("'false'", false)] {
            XCTAssertEqual(try PolicyFixtures.parse("version: 1\nexempt_tags: \(text)\n").push.exemptTags, value, text)
        }
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\ninline_suppressions: True\n").inlineSuppressions, .all)
    }

    func testYAML11BooleanWordsAreRefused() {
        for word in ["yes", "no", "on", "off", "y", "n", "1", "0"] {
            XCTAssertEqual(message("version: 1\nexempt_tags: \(word)\n"),
                           ".infragate.yml:2: `exempt_tags` must be true or false; found `\(word)`", word)
        }
        XCTAssertEqual(message("version: 1\ninline_suppressions: on\n"),
                       ".infragate.yml:2: `inline_suppressions` must be true, false or a list of rule ids; found `on`")
    }

    func testRuleOffAndOnAreTheWordsOffAndOnOnly() throws {
        for text in ["off", "OFF", "'off'", "\"Off\""] {
            let policy = try PolicyFixtures.parse("version: 1\nrules:\n  DOCKER-ROOT-USER: \(text)\n")
            XCTAssertEqual(policy.ruleSettings, ["DOCKER-ROOT-USER": .off], text)
        }
        for text in ["false", "no"] {
            XCTAssertEqual(message("version: 1\nrules:\n  DOCKER-ROOT-USER: \(text)\n"),
                           ".infragate.yml:3: `rules.DOCKER-ROOT-USER` must be `off`, `on` or a mapping with `severity` or `enabled`; found `\(text)`")
        }
    }

    func testChoicesIgnoreCaseAndQuoting() throws {
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\nfail_on: CRITICAL\n").failOn, .critical)
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\nfail_on: \"Medium\"\n").failOn, .medium)
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\non_timeout: 'accept'\n").push.onTimeout, .accept)
    }

    func testVersionIsTheTextOne() throws {
        XCTAssertEqual(try PolicyFixtures.parse("version: \"1\"\n"), .defaults)
        for text in ["1.0", "0x1", "01", "+1"] {
            XCTAssertEqual(message("version: \(text)\n"),
                           ".infragate.yml:1: unsupported policy version `\(text)`; this infragate reads version 1", text)
        }
    }

    func testNumbersAreDecimalAsWritten() throws {
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\nmax_file_size: 010\n").maxFileSize, 10, "not octal")
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\nmax_file_size: \"4096\"\n").maxFileSize, 4096)
        XCTAssertEqual(message("version: 1\nmax_file_size: 1_000\n"),
                       ".infragate.yml:2: `max_file_size` unknown size unit `_000`; use B, KiB, MiB or GiB")
        XCTAssertEqual(message("version: 1\nmax_file_size: 0x10\n"),
                       ".infragate.yml:2: `max_file_size` unknown size unit `x10`; use B, KiB, MiB or GiB")
    }

    func testNullIsShownAsWritten() {
        XCTAssertEqual(message("version: 1\nfail_on: ~\n"),
                       ".infragate.yml:2: `fail_on` must be one of info, low, medium, high, critical; found `~`")
        XCTAssertEqual(message("version: 1\nfail_on:\n"),
                       ".infragate.yml:2: `fail_on` must be one of info, low, medium, high, critical; found nothing")
        XCTAssertEqual(message("version: 1\nfail_on: null\n"),
                       ".infragate.yml:2: `fail_on` must be one of info, low, medium, high, critical; found `null`")
    }

    func testDirectivesAndDocumentMarkersAroundOneDocumentAreRead() throws {
        for text in ["%YAML 1.1\n---\nversion: 1\n", "---\nversion: 1\n...\n", "# policy\n---\nversion: 1\n", "\u{FEFF}version: 1\n"] {
            XCTAssertEqual(try PolicyFixtures.parse(text), .defaults, text)
        }
    }
}

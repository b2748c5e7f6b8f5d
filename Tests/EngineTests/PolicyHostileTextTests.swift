import Foundation
import InfragateEngine
import XCTest

/// A policy may come from an untrusted branch (`check` reads the base's, a push proposes its own), so
/// hostile text must be refused with the line to fix, and cheaply: the YAML layer's `.policy` dialect
/// refuses anchors, aliases, tags, merges, duplicates and deep nesting while it reads.
final class PolicyHostileTextTests: XCTestCase {
    private func assertRefused(
        _ text: String, line expectedLine: Int, mentions fragment: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        do {
            _ = try PolicyFixtures.parse(text)
            XCTFail("the policy was accepted:\n\(text.prefix(200))", file: file, line: line)
        } catch let error as PolicyError {
            XCTAssertEqual(error.origin, PolicyFixtures.origin, file: file, line: line)
            XCTAssertEqual(error.line, expectedLine, "\(error)", file: file, line: line)
            XCTAssertTrue(error.message.contains(fragment), "expected `\(fragment)` in: \(error)", file: file, line: line)
        } catch {
            XCTFail("not a PolicyError: \(error)", file: file, line: line)
        }
    }

    func testThousandDeepNestingIsRefusedAtItsLine() {
        let flow = "version: 1\nrules: " + String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000) + "\n"
        assertRefused(flow, line: 2, mentions: "nested deeper than 32 levels")
        let mappings = "version: 1\nrules: " + String(repeating: "{a: ", count: 1000) + String(repeating: "}", count: 1000) + "\n"
        assertRefused(mappings, line: 2, mentions: "nested deeper than 32 levels")
        let compact = "version: 1\nwaivers:\n" + String(repeating: "- ", count: 1000) + "x\n"
        assertRefused(compact, line: 3, mentions: "nested deeper than 32 levels")
        var indented = "version: 1\n"
        for depth in 0..<40 { indented += String(repeating: " ", count: depth) + "k\(depth):\n" }
        assertRefused(indented, line: 2 + 32, mentions: "nested deeper than 32 levels")
    }

    func testAnchorsAndAliasesAreRefused() {
        assertRefused("version: 1\nfail_on: &level high\nwarn_on: *level\n", line: 2, mentions: "anchors and aliases")
        assertRefused("version: 1\npaths:\n  exclude: [*x]\n", line: 3, mentions: "anchors and aliases")
        assertRefused("version: 1\nprotected: &p\n  refs: [main]\n", line: 2, mentions: "anchors and aliases")
        assertRefused("version: 1\npaths:\n  exclude: &e [a]\n", line: 3, mentions: "anchors and aliases")
        assertRefused("version: 1\n? *key\n: 1\n", line: 2, mentions: "anchors and aliases")
    }

    func testAliasBombIsRefusedAtItsFirstAnchor() {
        var laughs = "version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            laughs += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        laughs += "? *a12\n: 1\n? *a11\n: 2\n"
        assertRefused(laughs, line: 2, mentions: "anchors and aliases")
    }

    func testMergeKeysAreRefused() {
        assertRefused("version: 1\n<<: {fail_on: low}\n", line: 2, mentions: "`<<` merge keys are not allowed in a policy")
        assertRefused("version: 1\nprotected:\n  refs: [main]\n  <<: [{deny_deletion: false}]\n", line: 4, mentions: "`<<` merge keys")
        assertRefused("version: 1\nbase: &base {fail_on: low}\n<<: *base\n", line: 2, mentions: "anchors and aliases")
    }

    func testTagsAreRefused() {
        for value in ["!!str false", "!!bool true", "!custom true", "! true", "!!map {}", "!!seq []"] {
            assertRefused("version: 1\nexempt_tags: \(value)\n", line: 2, mentions: "tags (`!!str`, `!name`) are not allowed")
        }
        assertRefused("version: !!int 1\n", line: 1, mentions: "tags")
        assertRefused("version: 1\n!!merge <<: {fail_on: low}\n", line: 2, mentions: "tags")
    }

    func testDuplicateKeysAreRefusedAtTheRepeat() {
        assertRefused("version: 1\nfail_on: critical\nwarn_on: low\nfail_on: info\n", line: 4, mentions: "duplicate key `fail_on`")
        assertRefused("version: 1\nprotected:\n  deny_deletion: true\n  deny_deletion: false\n", line: 4, mentions: "duplicate key `deny_deletion`")
        assertRefused("version: 1\nwaivers:\n  - rule: DOCKER-ROOT-USER\n    reason: r\n    reason: s\n", line: 5, mentions: "duplicate key `reason`")
        assertRefused("version: 1\nfail_on: high\n\"fail_on\": low\n", line: 3, mentions: "duplicate key `fail_on`")
        assertRefused("{version: 1, version: 1}\n", line: 1, mentions: "duplicate key `version`")
    }

    func testTheSizeLimitIsExact() throws {
        let header = "version: 1\n"
        let atLimit = header + String(repeating: "#", count: Policy.maximumSourceSize - header.utf8.count - 1) + "\n"
        XCTAssertEqual(try PolicyFixtures.parse(atLimit), .defaults)
        assertRefused(atLimit + "#", line: 1, mentions: "the limit is 256 KiB")
        assertRefused(header + String(repeating: "# padding\n", count: 30_000), line: 1, mentions: "the limit is 256 KiB")
    }

    func testBinaryIsRefusedAtItsLine() {
        let bytes = (0...255).map(UInt8.init)
        assertRefused("version: 1\nfail_on: high\n" + String(decoding: bytes, as: UTF8.self), line: 3, mentions: "control characters are not allowed")
        assertRefused("version: 1\nreason: a\u{0}b\n", line: 2, mentions: "control characters are not allowed")
        assertRefused("version: 1\n\n\n\u{1B}[31m\n", line: 4, mentions: "control characters are not allowed")
        // Bytes that are not UTF-8 arrive as U+FFFD, which is text: no key or value accepts it.
        let undecodable = String(decoding: [0xFF, 0xFE, 0xC3, 0x28, 0x3A, 0x20, 0x78], as: UTF8.self)
        assertRefused("version: 1\n" + undecodable + "\n", line: 2, mentions: "unknown key `\u{FFFD}\u{FFFD}\u{FFFD}(`")
    }

    func testTabIndentationIsRefusedAtItsLine() {
        assertRefused("version: 1\n\tfail_on: high\n", line: 2, mentions: "YAML syntax error")
        assertRefused("version: 1\nprotected:\n  refs: [main]\n\tdeny_deletion: true\n", line: 4, mentions: "YAML syntax error")
    }

    func testTabsBetweenTokensAreOrdinaryWhitespace() throws {
        let policy = try PolicyFixtures.parse("version: 1\nfail_on:\tcritical\nwaivers:\n  - rule: DOCKER-ROOT-USER\n    reason: \"a\tb\"\n")
        XCTAssertEqual(policy.failOn, .critical)
        XCTAssertEqual(policy.waivers.first?.reason, "a\tb")
    }

    func testBlockTextIsNotMistakenForStructure() throws {
        let reason = (0..<40).map { String(repeating: " ", count: 6 + $0) + "- *item* &x !tag [\($0)" }.joined(separator: "\n")
        let policy = try PolicyFixtures.parse("version: 1\nwaivers:\n  - rule: DOCKER-ROOT-USER\n    reason: |\n\(reason)\n")
        XCTAssertEqual(policy.waivers.count, 1)
    }

    /// Shapes that make the reader go through the whole text before the refusal at its end, at sizes N
    /// and 4N (both under the size limit): the CPU time may grow 8 times (linear is 4, quadratic 16).
    func testRefusalTakesLinearTime() {
        let shapes: [(name: String, text: (Int) -> String, mentions: String)] = [
            ("waivers, then an alias", { count in
                "version: 1\nwaivers:\n" + String(repeating: "  - rule: DOCKER-ROOT-USER\n    reason: r\n", count: count / 40) + "  - rule: *x\n"
            }, "anchors and aliases"),
            ("distinct keys, then the first one again", { count in
                "version: 1\nprotected:\n" + (0..<(count / 12)).map { "  k\($0): x\n" }.joined() + "  k0: y\n"
            }, "duplicate key `k0`"),
            ("nesting 31 deep, again and again, then 33", { count in
                let deep = String(repeating: "[", count: 31) + String(repeating: "]", count: 31)
                return "version: 1\nrules: [" + String(repeating: deep + ", ", count: count / 64) + String(repeating: "[", count: 33) + "\n"
            }, "nested deeper than 32 levels"),
            ("a long flow list, then a tag", { count in
                "version: 1\npaths:\n  exclude: [" + String(repeating: "\"a/**\", ", count: count / 8) + "!!str b]\n"
            }, "tags"),
        ]
        let baseSize = 48_000
        for shape in shapes {
            let small = shape.text(baseSize), large = shape.text(4 * baseSize)
            XCTAssertLessThan(large.utf8.count, Policy.maximumSourceSize, shape.name)
            var smallSeconds = refusalSeconds(small, mentions: shape.mentions)
            var largeSeconds = refusalSeconds(large, mentions: shape.mentions)
            for _ in 0..<2 where largeSeconds > 8 * smallSeconds {
                smallSeconds = min(smallSeconds, refusalSeconds(small, mentions: shape.mentions))
                largeSeconds = min(largeSeconds, refusalSeconds(large, mentions: shape.mentions))
            }
            let growth = largeSeconds / max(smallSeconds, 1e-6)
            XCTAssertLessThanOrEqual(growth, 8, "\(shape.name): \(small.utf8.count) bytes took \(smallSeconds) s, \(large.utf8.count) bytes \(largeSeconds) s")
        }
    }

    /// The CPU time of refusing `text`, checking that the refusal is the expected one.
    private func refusalSeconds(_ text: String, mentions fragment: String) -> Double {
        let started = Self.threadCPUSeconds()
        var message = ""
        do {
            _ = try PolicyFixtures.parse(text)
        } catch {
            message = "\(error)"
        }
        let seconds = Self.threadCPUSeconds() - started
        XCTAssertTrue(message.contains(fragment), "expected `\(fragment)` in: \(message.prefix(300))")
        return seconds
    }

    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

import InfragateParsers
import XCTest

final class JSONParserTests: XCTestCase {
    func testValuesAndLines() throws {
        let value = try JSONParser.parse("""
        {
          "name": "x",
          "list": [1, -2.5e2, true, false, null],
          "nested": {
            "a": {}
          }
        }
        """)
        guard case .object(let members) = value.kind else { return XCTFail("object") }
        XCTAssertEqual(members.map(\.key), ["name", "list", "nested"])
        XCTAssertEqual(members.map(\.keyLine), [2, 3, 4])
        XCTAssertEqual(value.endLine, 7)
        guard case .array(let list) = value["list"]?.kind, case .number(-250) = list[1].kind else { return XCTFail("number") }
        XCTAssertEqual(value["nested"]?.line, 4)
        XCTAssertEqual(value["nested"]?.endLine, 6)
    }

    func testSurrogatePairsAndEscapes() throws {
        let value = try JSONParser.parse(#"{"emoji": "\ud83d\ude00", "escapes": "\"\\\/\b\f\n\r\t\u00e9", "lone": "\ud800x"}"#)
        guard case .string(let emoji) = value["emoji"]?.kind else { return XCTFail("string") }
        XCTAssertEqual(emoji, "😀")
        guard case .string(let escapes) = value["escapes"]?.kind else { return XCTFail("string") }
        XCTAssertEqual(escapes, "\"\\/\u{08}\u{0C}\n\r\té")
        guard case .string(let lone) = value["lone"]?.kind else { return XCTFail("string") }
        XCTAssertEqual(lone, "\u{FFFD}x")
    }

    func testErrorsNameTheirLine() {
        let cases: [(String, Int)] = [
            ("{\n  \"a\": 1,\n}", 3),
            ("[1, 2", 1),
            ("{\n\"a\" 1}", 2),
            ("\"unterminated", 1),
            ("01", 1),
            ("{\"a\": tru}", 1),
            ("[1]\n[2]", 2),
            ("\"\\x\"", 1),
            ("", 1),
        ]
        for (source, line) in cases {
            XCTAssertThrowsError(try JSONParser.parse(source), source) { error in
                XCTAssertEqual((error as? ParseProblem)?.line, line, "\(source): \(error)")
            }
        }
    }

    func testHostileNestingIsRejectedWithoutOverflow() {
        for open in ["[", "{\"a\":"] {
            XCTAssertThrowsError(try JSONParser.parse(String(repeating: open, count: 100_000))) { error in
                XCTAssertTrue((error as? ParseProblem)?.message.contains("nesting deeper") == true, "\(error)")
            }
        }
    }

    func testByteOrderMarkIsSkipped() throws {
        guard case .bool(true) = try JSONParser.parse("\u{FEFF}true").kind else { return XCTFail("bom") }
    }
}

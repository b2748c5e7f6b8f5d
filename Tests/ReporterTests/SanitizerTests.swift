@testable import InfragateReporters
import XCTest

final class SanitizerTests: XCTestCase {
    func testControlAndInvisibleCharactersBecomeVisibleEscapes() {
        XCTAssertEqual(Sanitizer.clean("a\u{1B}[31mb"), #"a\x1b[31mb"#)
        XCTAssertEqual(Sanitizer.clean("x\ty\r\nz"), #"x\ty\r\nz"#)
        XCTAssertEqual(Sanitizer.clean("\u{0}\u{7F}\u{85}\u{9B}"), #"\x00\x7f\x85\x9b"#)
        XCTAssertEqual(Sanitizer.clean("abc\u{202E}gpj.exe\u{2028}"), #"abc\u{202e}gpj.exe\u{2028}"#)
        XCTAssertEqual(Sanitizer.clean("Docker\u{200B}file\u{FEFF}"), #"Docker\u{200b}file\u{feff}"#)
        XCTAssertEqual(Sanitizer.clean("plain/path/ünïcode.tf ✓"), "plain/path/ünïcode.tf ✓")
    }

    func testLegacyWorkflowCommandPrefixIsBrokenEverywhere() {
        XCTAssertEqual(Sanitizer.clean("x ##[error]y"), #"x #\x23[error]y"#)
        XCTAssertFalse(Sanitizer.clean("###[##[[##[").contains("##["))
    }
}

@testable import InfragateReporters
import XCTest

final class UntrustedTextTests: XCTestCase {
    func testControlAndInvisibleCharactersBecomeVisibleEscapes() {
        XCTAssertEqual(UntrustedText.visible("a\u{1B}[31mb"), #"a\x1b[31mb"#)
        XCTAssertEqual(UntrustedText.visible("x\ty\r\nz"), #"x\ty\r\nz"#)
        XCTAssertEqual(UntrustedText.visible("\u{0}\u{7F}\u{85}\u{9B}"), #"\x00\x7f\x85\x9b"#)
        XCTAssertEqual(UntrustedText.visible("abc\u{202E}gpj.exe\u{2028}"), #"abc\u{202e}gpj.exe\u{2028}"#)
        XCTAssertEqual(UntrustedText.visible("plain/path/ünïcode.tf"), "plain/path/ünïcode.tf")
    }

    func testLegacyWorkflowCommandPrefixIsBrokenEverywhere() {
        XCTAssertEqual(UntrustedText.visible("x ##[error]y"), #"x #\x23[error]y"#)
        XCTAssertFalse(UntrustedText.visible("###[##[[##[").contains("##["))
    }
}

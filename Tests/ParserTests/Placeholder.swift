import XCTest
final class ParserTestsPlaceholder: XCTestCase { func testNothingYet() {} }

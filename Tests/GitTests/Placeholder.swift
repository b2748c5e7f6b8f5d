import XCTest
final class GitTestsPlaceholder: XCTestCase { func testNothingYet() {} }

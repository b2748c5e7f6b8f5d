import XCTest
final class ReporterTestsPlaceholder: XCTestCase { func testNothingYet() {} }

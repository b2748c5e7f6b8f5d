import InfragateEngine
import XCTest

/// `helm: { renderer: native | helm }`.
final class HelmPolicyTests: XCTestCase {
    func testTheRendererIsNativeUnlessThePolicyChoosesHelm() throws {
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\n").helmRenderer, .native)
        XCTAssertEqual(try PolicyFixtures.parse("version: 1\nhelm: { renderer: helm }\n").helmRenderer, .helm)
    }

    func testAnUnknownRendererOrKeyIsAnError() {
        XCTAssertThrowsError(try PolicyFixtures.parse("version: 1\nhelm: { renderer: docker }\n"))
        XCTAssertThrowsError(try PolicyFixtures.parse("version: 1\nhelm: { render: helm }\n"))
    }
}

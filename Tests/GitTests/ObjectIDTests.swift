import InfragateGit
import XCTest

final class ObjectIDTests: XCTestCase {
    func testParsesOnlyFullHexIdsAndNormalisesCase() throws {
        let id = try XCTUnwrap(ObjectID(hex: "ABCDEF0123456789abcdef0123456789ABCDEF01"))

        XCTAssertEqual(id.hex, "abcdef0123456789abcdef0123456789abcdef01")
        XCTAssertEqual(id.short, "abcdef0")
        XCTAssertEqual("\(id)", id.hex)
        XCTAssertFalse(id.isZero)
        XCTAssertNil(ObjectID(hex: "abcdef0"), "abbreviations need the repository")
        XCTAssertNil(ObjectID(hex: String(repeating: "g", count: 40)))
        XCTAssertNil(ObjectID(hex: String(repeating: "a", count: 64)), "SHA-256 repositories are not supported by libgit2 1.5")
        XCTAssertNil(ObjectID(hex: ""))
    }

    func testTheAllZeroIdOfRefCreationAndDeletion() throws {
        XCTAssertTrue(try XCTUnwrap(ObjectID(hex: String(repeating: "0", count: 40))).isZero)
    }
}

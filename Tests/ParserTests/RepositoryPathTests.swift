import InfragateParsers
import XCTest

/// The last component of a path, read as git stores it (bytes between slashes).
final class RepositoryPathTests: XCTestCase {
    func testTheNameIsTheLastComponentWhateverTheSlashes() {
        XCTAssertEqual(RepositoryPath.name(of: "deploy/app/Dockerfile"), "Dockerfile")
        XCTAssertEqual(RepositoryPath.name(of: "Dockerfile"), "Dockerfile")
        XCTAssertEqual(RepositoryPath.name(of: "chart/templates/"), "templates")
        XCTAssertEqual(RepositoryPath.name(of: "charts//"), "charts")
        XCTAssertEqual(RepositoryPath.name(of: "/"), "/")
        XCTAssertEqual(RepositoryPath.name(of: ""), "")
        XCTAssertEqual(RepositoryPath.name(of: "déploiement/çà/values.yaml"), "values.yaml")
        XCTAssertEqual(RepositoryPath.name(of: "a/\u{301}Chart.yaml"), "\u{301}Chart.yaml", "a combining mark after a slash does not join the folder")
    }
}

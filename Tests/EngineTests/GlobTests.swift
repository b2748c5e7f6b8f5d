import InfragateEngine
import XCTest

final class GlobTests: XCTestCase {
    private func assertPaths(_ pattern: String, match: [String], miss: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let glob = try Glob(pattern)
        for path in match {
            XCTAssertTrue(glob.matches(path: path), "`\(pattern)` should match \(path)", file: file, line: line)
        }
        for path in miss {
            XCTAssertFalse(glob.matches(path: path), "`\(pattern)` should not match \(path)", file: file, line: line)
        }
    }

    func testPathPatterns() throws {
        try assertPaths("Dockerfile", match: ["Dockerfile", "a/Dockerfile", "a/b/Dockerfile"],
                        miss: ["Dockerfile.dev", "a/Dockerfile/x", "xDockerfile"])
        try assertPaths("*.tf", match: ["main.tf", "modules/vpc/main.tf", ".tf"], miss: ["main.tf.json", "tf"])
        try assertPaths("/Dockerfile", match: ["Dockerfile"], miss: ["a/Dockerfile"])
        try assertPaths("examples/**", match: ["examples/a", "examples/a/b/c.yml"], miss: ["examples", "x/examples/a"])
        try assertPaths("**/testdata/**", match: ["testdata/a", "a/b/testdata/c/d"], miss: ["testdata", "a/testdatax/c"])
        try assertPaths("a/**/b", match: ["a/b", "a/x/b", "a/x/y/b"], miss: ["a/x/c", "b", "x/a/b"])
        try assertPaths("docs/*.md", match: ["docs/a.md"], miss: ["docs/x/a.md", "a/docs/a.md"])
        try assertPaths("vendor/", match: ["vendor/a", "x/vendor/a/b"], miss: ["vendor", "vendorx/a"])
        try assertPaths("ci/", match: ["ci/a"], miss: ["ci"])
        try assertPaths("file?.yml", match: ["file1.yml", "d/fileA.yml"], miss: ["file.yml", "file12.yml"])
        try assertPaths("[abc]*.yml", match: ["a.yml", "b-x.yml"], miss: ["d.yml"])
        try assertPaths("v[0-9].tf", match: ["v1.tf"], miss: ["va.tf", "v10.tf"])
        try assertPaths("[!a]*", match: ["b", "x/c"], miss: ["a", "x/abc"])
        try assertPaths("[^a]x", match: ["bx"], miss: ["ax"])
        try assertPaths("[]]x", match: ["]x"], miss: ["ax"])
        try assertPaths("a\\*b", match: ["a*b"], miss: ["axb"])
        try assertPaths("**", match: ["a", "a/b/c"], miss: [])
        try assertPaths("*", match: ["a", "a/b"], miss: [])
        try assertPaths("*a*b*c", match: ["abc", "xaybzc", "d/aabbcc"], miss: ["acb"])
    }

    func testRefPatterns() throws {
        let table: [(pattern: String, matching: [String], missing: [String])] = [
            ("main", ["main", "refs/heads/main"], ["refs/tags/main", "refs/heads/main2", "refs/heads/x/main"]),
            ("release/*", ["release/1.0", "refs/heads/release/2"], ["refs/heads/release", "refs/heads/release/1/2"]),
            ("release/**", ["refs/heads/release/1/2"], ["refs/heads/release"]),
            ("refs/tags/v*", ["refs/tags/v1.2.3"], ["refs/heads/v1", "v1", "refs/tags/x1"]),
            ("refs/heads/main", ["main", "refs/heads/main"], ["refs/heads/dev"]),
            ("*", ["main", "refs/heads/dev"], ["refs/heads/a/b", "refs/tags/v1"]),
        ]
        for row in table {
            let glob = try Glob(row.pattern)
            for ref in row.matching { XCTAssertTrue(glob.matches(ref: ref), "`\(row.pattern)` should match \(ref)") }
            for ref in row.missing { XCTAssertFalse(glob.matches(ref: ref), "`\(row.pattern)` should not match \(ref)") }
        }
    }

    func testInvalidPatternsAreRejectedWithTheProblem() {
        let table: [(pattern: String, problem: String)] = [
            ("", "empty"),
            ("/", "empty"),
            ("a//b", "empty path segment"),
            ("a**b", "whole path segment"),
            ("a/***/b", "whole path segment"),
            ("[abc", "never closed"),
            ("[]", "never closed"),
            ("[z-a]", "reversed"),
            ("a\\", "lone `\\`"),
        ]
        for row in table {
            XCTAssertThrowsError(try Glob(row.pattern), "`\(row.pattern)`") { error in
                XCTAssertTrue("\(error)".contains(row.problem), "`\(row.pattern)`: \(error)")
            }
        }
    }

    func testGlobsCompareByPattern() throws {
        XCTAssertEqual(try Glob("a/**"), try Glob("a/**"))
        XCTAssertNotEqual(try Glob("a/**"), try Glob("a/*"))
        XCTAssertEqual(try Glob("x/*").description, "x/*")
    }

    /// Naive backtracking takes exponential time on these; the greedy matcher must stay quick.
    func testPathologicalPatternsMatchQuickly() throws {
        let manyDirectories = try Glob(Array(repeating: "**", count: 40).joined(separator: "/") + "/a")
        let deepPath = Array(repeating: "b", count: 2_000).joined(separator: "/")
        let manyStars = try Glob(String(repeating: "*a", count: 40) + "b")
        let longName = String(repeating: "a", count: 5_000)

        let start = Date()
        XCTAssertFalse(manyDirectories.matches(path: deepPath))
        XCTAssertTrue(manyDirectories.matches(path: deepPath + "/a"))
        XCTAssertFalse(manyStars.matches(path: longName))
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
    }
}

@testable import InfragateEngine
import InfragateRules
import XCTest

/// `include: local:` wildcards as GitLab documents them, and the include forms that name a file
/// of this repository (local ones, and project ones, which may be this repository; remote, template and
/// component includes do not).
final class GitLabLocalIncludesTests: XCTestCase {
    private func matches(_ path: String, _ pattern: String) -> Bool {
        GitLabLocalIncludes.matches(Array(path.utf8), Array(pattern.utf8))
    }

    func testSingleStarStaysInOneFolder() {
        XCTAssertTrue(matches("configs/a.yml", "configs/*.yml"))
        XCTAssertFalse(matches("configs/sub/a.yml", "configs/*.yml"))
        XCTAssertFalse(matches("configs/a.yaml", "configs/*.yml"))
    }

    func testDoubleStarCrossesFolders() {
        XCTAssertTrue(matches("configs/a.yml", "configs/**.yml"))
        XCTAssertTrue(matches("configs/sub/deep/a.yml", "configs/**.yml"))
        XCTAssertTrue(matches("configs/sub/a.yml", "configs/**/*.yml"))
        XCTAssertTrue(matches("configs/a.yml", "configs/**/*.yml"), "`**/` also matches no folder")
        XCTAssertFalse(matches("other/a.yml", "configs/**/*.yml"))
    }

    func testQuestionMarkIsOneCharacterOfAName() {
        XCTAssertTrue(matches("ci/a1.yml", "ci/a?.yml"))
        XCTAssertFalse(matches("ci/a/.yml", "ci/a?.yml"))
    }

    func testHostilePatternsStayPolynomial() {
        let path = String(repeating: "a/", count: 2_000) + "b.yml"
        let pattern = String(repeating: "**", count: 200) + "c.yml"
        XCTAssertFalse(matches(path, pattern))
    }

    func testLocalAndProjectIncludesNameRepositoryFiles() {
        let text = """
            include:
              - /ci/a.yml
              - local: ci/b.yml
                inputs: {stage: test}
              - remote: https://example.com/c.yml
              - https://example.com/d.yml
              - template: Auto-DevOps.gitlab-ci.yml
              - project: group/shared
                file: /e.yml
              - project: $CI_PROJECT_PATH
                file: [ci/f.yml, /ci/g.yml]
              - component: gitlab.com/group/comp@1.0
            """
        // A component may be this project's own: its template files are taken, as `project:` files are.
        XCTAssertEqual(GitLabLocalIncludes.localIncludes(in: text), ["/ci/a.yml", "ci/b.yml", "/e.yml", "ci/f.yml", "/ci/g.yml",
                                                                    "templates/comp.yml", "templates/comp/template.yml",
                                                                    "templates/comp.yaml", "templates/comp/template.yaml"])
        XCTAssertEqual(GitLabLocalIncludes.componentTemplates("$CI_SERVER_FQDN/$CI_PROJECT_PATH/$NAME@main"),
                       ["templates/*.yml", "templates/*/template.yml", "templates/*.yaml", "templates/*/template.yaml"])
        XCTAssertEqual(GitLabLocalIncludes.localIncludes(in: "include: ci/x.yml\n"), ["ci/x.yml"])
        XCTAssertEqual(GitLabLocalIncludes.localIncludes(in: "include:\n  local: ci/y.yml\n"), ["ci/y.yml"])
    }
}

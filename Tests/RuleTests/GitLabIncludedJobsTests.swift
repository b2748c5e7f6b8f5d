import InfragateParsers
import InfragateRules
import XCTest

/// `include: local:` files are merged before `extends` and `!reference` are resolved, as GitLab does;
/// what GitLab would refuse (a cycle, a missing file, too many or too deep includes) fails closed.
final class GitLabIncludedJobsTests: XCTestCase {
    private static let approval = "GITLAB-PRODUCTION-WITHOUT-APPROVAL"

    private func evaluate(_ files: [String: String], at path: String = ".gitlab-ci.yml") -> PackResult {
        let file = SourceFile(path: path, text: files[path] ?? "")
        return GitLabCIPack.evaluate(file, in: ExampleTree(file: file, neighbours: files))
    }

    private func lines(_ result: PackResult, rule: String) -> [Int] {
        result.violations.filter { $0.rule.id == rule }.map(\.violation.line).sorted()
    }

    func testATemplateOfANestedIncludeIsInherited() {
        let root = "include:\n  - local: ci/a.yml\ndeploy:\n  extends: .manual\n  environment: production\n  script: ./deploy.sh\n"
        let manual = evaluate([".gitlab-ci.yml": root, "ci/a.yml": "include: ci/b.yml\n", "ci/b.yml": ".manual:\n  when: manual\n"])
        XCTAssertEqual(lines(manual, rule: Self.approval), [])
        XCTAssertEqual(manual.problems.map(\.message), [])
        let automatic = evaluate([".gitlab-ci.yml": root, "ci/a.yml": "include: ci/b.yml\n", "ci/b.yml": ".manual:\n  when: on_success\n"])
        XCTAssertEqual(lines(automatic, rule: Self.approval), [5])
    }

    func testAJobOfTheSameNameInAnIncludedFileIsMergedUnderneath() {
        let root = "include: 'ci/*.yml'\ndeploy:\n  environment: production\n  script: ./deploy.sh\n"
        XCTAssertEqual(lines(evaluate([".gitlab-ci.yml": root, "ci/deploy.yml": "deploy:\n  when: manual\n"]), rule: Self.approval), [])
        XCTAssertEqual(lines(evaluate([".gitlab-ci.yml": root, "ci/deploy.yml": "deploy:\n  stage: deploy\n"]), rule: Self.approval), [3])
    }

    func testAnIncludedFileSeesTheRootsTemplates() {
        let files = [
            ".gitlab-ci.yml": "include: ci/deploy.yml\n.manual:\n  when: manual\n",
            "ci/deploy.yml": "deploy:\n  extends: .manual\n  environment: production\n  script: ./deploy.sh\n",
        ]
        XCTAssertEqual(lines(evaluate(files, at: "ci/deploy.yml"), rule: Self.approval), [])
        let automatic = files.merging([".gitlab-ci.yml": "include: ci/deploy.yml\n.manual:\n  stage: deploy\n"]) { $1 }
        XCTAssertEqual(lines(evaluate(automatic, at: "ci/deploy.yml"), rule: Self.approval), [3])
    }

    func testAReferenceToAnIncludedTemplateIsResolvedAtTheTag() {
        let files = [
            ".gitlab-ci.yml": "include: ci/rules.yml\nplan:\n  id_tokens:\n    AWS_ID_TOKEN:\n      aud: sts.amazonaws.com\n  script: terraform plan\n  rules:\n    - !reference [.mr, rules]\n",
            "ci/rules.yml": ".mr:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n",
        ]
        XCTAssertFalse(lines(evaluate(files), rule: "GITLAB-MERGE-REQUEST-CREDENTIALS").isEmpty)
    }

    func testACycleIsAProblemAtTheIncludeThatLeadsToIt() {
        let result = evaluate([".gitlab-ci.yml": "build:\n  script: make\ninclude:\n  - local: ci/a.yml\n", "ci/a.yml": "include: ci/b.yml\n", "ci/b.yml": "include: /ci/a.yml\n"])
        XCTAssertEqual(result.problems.map(\.line), [4])
        XCTAssertTrue(result.problems.first?.message.contains("cycle `.gitlab-ci.yml` → `ci/a.yml` → `ci/b.yml` → `ci/a.yml`") == true, "\(result.problems)")
    }

    func testAnUnreadableFileIsAProblemAndAMissingOneIsNot() {
        let result = GitLabCIPack.evaluate(SourceFile(path: ".gitlab-ci.yml", text: "include:\n  - local: ci/missing.yml\n  - local: ci/huge.yml\n  - local: $TEMPLATES/x.yml\n"),
                                           in: UnreadableFileTree(unreadable: "ci/huge.yml"))
        XCTAssertEqual(result.problems.map(\.line), [3])
        XCTAssertTrue(result.problems.first?.message.contains("cannot be read") == true, "\(result.problems)")
    }

    func testMoreIncludesThanGitLabAllowsAreAProblem() {
        // A chain: each file includes the next; past 100 levels GitLab stops.
        var files = [".gitlab-ci.yml": "include: ci/0.yml\n"]
        for index in 0..<120 { files["ci/\(index).yml"] = "include: ci/\(index + 1).yml\n" }
        files["ci/120.yml"] = ".t:\n  when: manual\n"
        XCTAssertTrue(evaluate(files).problems.first?.message.contains("100 levels") == true, "\(evaluate(files).problems)")
        // Side by side: past 150 files GitLab refuses the pipeline.
        var wide = [".gitlab-ci.yml": "include:\n" + (0..<160).map { "  - ci/\($0).yml\n" }.joined()]
        for index in 0..<160 { wide["ci/\(index).yml"] = ".t\(index):\n  when: manual\n" }
        XCTAssertTrue(evaluate(wide).problems.first?.message.contains("more than 150") == true, "\(evaluate(wide).problems)")
    }
}

/// A revision with one file that is listed but whose text cannot be read (over the size limit).
private struct UnreadableFileTree: RepositorySnapshot {
    let unreadable: String

    func filePaths(in directory: String) -> [String] {
        [unreadable, ".gitlab-ci.yml"].filter { RepositoryPath.directory(of: $0) == directory }
    }

    func allFilePaths() -> [String] { [".gitlab-ci.yml", unreadable] }
    func text(at path: String) -> String? { nil }
}

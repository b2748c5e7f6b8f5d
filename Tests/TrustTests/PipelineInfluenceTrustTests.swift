import Foundation
import TestSupport
import XCTest

/// A change to one pipeline file changes what unchanged ones mean: an included GitLab template is
/// inherited by the jobs that extend it, and deleting the workflow that scans leaves the repository
/// unscanned. Each is refused when only the other file changes, with a legitimate twin accepted.
final class PipelineInfluenceTrustTests: TrustTestCase {
    private func commitAndPush(_ message: String) throws -> Shell.Result {
        try server.clone.commitAll(message)
        return try server.push("main")
    }

    private func assertRefused(_ result: Shell.Result, by rule: String, naming path: String, file: StaticString = #filePath, line: UInt = #line) {
        assertRefused(result, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(rule), "expected \(rule):\n\(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(path), "expected \(path):\n\(result.stderr)", file: file, line: line)
    }

    func testChangingOnlyAnIncludedTemplateJudgesTheJobsExtendingIt() throws {
        try start()
        try server.clone.write(".gitlab-ci.yml", """
            include:
              - local: ci/rules.yml
            plan:
              extends: .main-only
              id_tokens:
                AWS_ID_TOKEN:
                  aud: sts.amazonaws.com
              script: terraform plan

            """)
        try server.clone.write("ci/rules.yml", ".main-only:\n  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n")
        assertAccepted(try commitAndPush("plan on the default branch only"))

        try server.clone.write("ci/rules.yml", ".main-only:\n  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n      when: manual\n")
        assertAccepted(try commitAndPush("still the default branch only"))

        try server.clone.write("ci/rules.yml", ".main-only:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n")
        assertRefused(try commitAndPush("the template now runs for merge requests"), by: "GITLAB-MERGE-REQUEST-CREDENTIALS", naming: ".gitlab-ci.yml")
    }

    func testDeletingTheScanningWorkflowIsJudgedWhenTheRuleIsOn() throws {
        try start(policy: "version: 1\nrules:\n  GHA-NO-SECURITY-SCANNING: { severity: high }\n")
        try server.clone.write(".github/workflows/build.yml", """
            on: push
            permissions: {}
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: make

            """)
        try server.clone.write(".github/workflows/security.yml", """
            on: pull_request
            permissions: {}
            jobs:
              scan:
                runs-on: ubuntu-latest
                steps:
                  - run: semgrep ci && npm audit && gitleaks detect

            """)
        assertAccepted(try commitAndPush("build and scan"))

        // Replaced by another scanner: still scanned.
        try server.clone.delete(".github/workflows/security.yml")
        try server.clone.write(".github/workflows/trivy.yml", """
            on: pull_request
            permissions: {}
            jobs:
              scan:
                runs-on: ubuntu-latest
                steps:
                  - run: infragate check && trivy fs .

            """)
        assertAccepted(try commitAndPush("scan with trivy and the gate"))

        // Deleting it changes no remaining file, but leaves nothing that scans.
        try server.clone.delete(".github/workflows/trivy.yml")
        assertRefused(try commitAndPush("drop scanning"), by: "GHA-NO-SECURITY-SCANNING", naming: ".github/workflows/build.yml")
    }
}

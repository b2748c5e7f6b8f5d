import Foundation
import TestSupport
import XCTest

/// A file is judged as what its consumer opens: a symbolic link as its target's content under the
/// link's name, a file `.gitlab-ci.yml` includes as pipeline configuration, a composite action's
/// `action.yml` as workflow steps. Each attack is tried in one step and in two (the harmless half
/// first, then the change that makes it bite), with a legitimate twin accepted.
final class LinkAndIncludeTrustTests: TrustTestCase {
    private static let privilegedPod = ClassificationTrustTests.privilegedPodJSON
    private static let cleanPod = ClassificationTrustTests.cleanPodJSON

    private static let pipeToShellJob = """
        deploy:
          image: alpine:3.20@sha256:0000000000000000000000000000000000000000000000000000000000000000
          script:
            - curl -fsSL https://get.example.com/install.sh | sh

        """
    private static let cleanJob = """
        build:
          image: alpine:3.20@sha256:0000000000000000000000000000000000000000000000000000000000000000
          script:
            - make test

        """

    private func assertRefused(_ result: Shell.Result, by rule: String, file: StaticString = #filePath, line: UInt = #line) {
        assertRefused(result, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(rule), "expected \(rule):\n\(result.stderr)", file: file, line: line)
    }

    private func commitAndPush(_ message: String) throws -> Shell.Result {
        try server.clone.commitAll(message)
        return try server.push("main")
    }

    // MARK: Symbolic links

    func testLinkToAPrivilegedPodIsJudgedUnderTheLinksName() throws {
        try start()
        try server.clone.write("manifests/pod.txt", Self.privilegedPod)
        try server.clone.symlink("deploy/pod.json", to: "../manifests/pod.txt")
        let refused = try commitAndPush("link a manifest")
        assertRefused(refused, by: "K8S-PRIVILEGED")
        XCTAssertTrue(refused.stderr.contains("deploy/pod.json"), refused.stderr)

        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.write("manifests/pod.txt", Self.cleanPod)
        try server.clone.symlink("deploy/pod.json", to: "../manifests/pod.txt")
        assertAccepted(try commitAndPush("link a clean manifest"))
    }

    func testLinkThroughALinkedFolderIsFollowed() throws {
        try start()
        try server.clone.write("real/pod.txt", Self.privilegedPod)
        try server.clone.symlink("alias", to: "real")
        try server.clone.symlink("deploy/pod.yaml", to: "../alias/./pod.txt")
        assertRefused(try commitAndPush("link through a folder link"), by: "K8S-PRIVILEGED")
    }

    func testLinksThatCannotBeJudgedFailClosed() throws {
        try start()
        for (name, target) in [("Dockerfile", "/etc/passwd"), ("deploy/up.yaml", "../../outside.yaml"),
                               ("loop/a.yaml", "b.yaml"), ("loop/b.yaml", "a.yaml"), ("deploy/gone.yaml", "missing.yaml")] {
            try server.clone.symlink(name, to: target)
        }
        let refused = try commitAndPush("links that lead nowhere judgeable")
        assertRefused(refused, by: "GATE-UNSCANNED-FILE")
        for reason in ["absolute path", "outside the repository", "loops", "dangling"] {
            XCTAssertTrue(refused.stderr.contains(reason), "\(reason):\n\(refused.stderr)")
        }
    }

    func testLinksWithOrdinaryNamesAreNotInfrastructure() throws {
        try start()
        try server.clone.symlink("docs/latest", to: "/usr/share/doc")
        try server.clone.symlink("README", to: "docs/README.md")
        assertAccepted(try commitAndPush("ordinary links"))
    }

    func testChangingTheTargetOfAnExistingLinkIsJudged() throws {
        try start()
        try server.clone.write("manifests/pod.txt", Self.cleanPod)
        try server.clone.symlink("deploy/pod.json", to: "../manifests/pod.txt")
        assertAccepted(try commitAndPush("link a clean manifest"))

        try server.clone.write("manifests/pod.txt", Self.privilegedPod)
        let refused = try commitAndPush("only the target changes")
        assertRefused(refused, by: "K8S-PRIVILEGED")
        XCTAssertTrue(refused.stderr.contains("deploy/pod.json"), refused.stderr)
    }

    func testAForgedLinkIndexIsIgnored() throws {
        try start()
        try server.clone.write("manifests/pod.txt", Self.cleanPod)
        try server.clone.symlink("deploy/pod.json", to: "../manifests/pod.txt")
        assertAccepted(try commitAndPush("link a clean manifest"))
        // Someone with write access to the server empties every stored list of links.
        let links = server.bare.root.appendingPathComponent("infragate/links")
        let entries = try FileManager.default.contentsOfDirectory(atPath: links.path)
        XCTAssertFalse(entries.isEmpty, "the judged revisions' links are stored")
        for entry in entries {
            try "infragate-links 1 \(entry)\n0000".write(to: links.appendingPathComponent(entry), atomically: true, encoding: .utf8)
        }
        try server.clone.write("manifests/pod.txt", Self.privilegedPod)
        assertRefused(try commitAndPush("only the target changes"), by: "K8S-PRIVILEGED")
    }

    // MARK: GitLab local includes

    func testAnIncludedPipelineFileIsJudgedWhateverItsName() throws {
        try start()
        try server.clone.write(".gitlab-ci.yml", "include:\n  - local: /ci/deploy.yml\n" + Self.cleanJob)
        try server.clone.write("ci/deploy.yml", Self.pipeToShellJob)
        assertRefused(try commitAndPush("pipeline split over two files"), by: "GITLAB-PIPE-TO-SHELL")

        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.write(".gitlab-ci.yml", "include: 'ci/*.yml'\n" + Self.cleanJob)
        try server.clone.write("ci/build.yml", Self.cleanJob.replacingOccurrences(of: "build:", with: "lint:"))
        assertAccepted(try commitAndPush("clean split pipeline"))
        try server.clone.write("ci/nested/deploy.yml", Self.pipeToShellJob)
        try server.clone.write("ci/build.yml", "include:\n  local: ci/nested/deploy.yml\n" + Self.cleanJob)
        assertRefused(try commitAndPush("nested include"), by: "GITLAB-PIPE-TO-SHELL")
    }

    func testAProjectIncludeOfTheRepositorysOwnFileIsJudged() throws {
        try start()
        try server.clone.write(".gitlab-ci.yml", "include:\n  - project: $CI_PROJECT_PATH\n    ref: $CI_COMMIT_SHA\n    file: [/ci/lint.yml, ci/deploy.yml]\n" + Self.cleanJob)
        try server.clone.write("ci/lint.yml", Self.cleanJob.replacingOccurrences(of: "build:", with: "lint:"))
        try server.clone.write("ci/deploy.yml", Self.pipeToShellJob)
        assertRefused(try commitAndPush("the pipeline includes itself as a project"), by: "GITLAB-PIPE-TO-SHELL")

        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.write(".gitlab-ci.yml", "include:\n  - project: $CI_PROJECT_PATH\n    ref: $CI_COMMIT_SHA\n    file: [/ci/lint.yml, ci/deploy.yml]\n" + Self.cleanJob)
        try server.clone.write("ci/lint.yml", Self.cleanJob.replacingOccurrences(of: "build:", with: "lint:"))
        try server.clone.write("ci/deploy.yml", Self.cleanJob.replacingOccurrences(of: "build:", with: "deploy:"))
        assertAccepted(try commitAndPush("a clean self-include"))
    }

    func testAComponentIncludeOfTheRepositorysOwnComponentIsJudged() throws {
        let component = "spec:\n  inputs:\n    stage: { default: test }\n---\n" + Self.pipeToShellJob
        let references = [
            "$CI_SERVER_FQDN/$CI_PROJECT_PATH/deploy@$CI_COMMIT_SHA",
            "gitlab.example.com/group/this-project/deploy@1.0.0",
            "$CI_SERVER_FQDN/$CI_PROJECT_PATH/$COMPONENT@main",  // a name GitLab fills in later: every component counts
        ]
        for (index, reference) in references.enumerated() {
            try start()
            try server.clone.write(".gitlab-ci.yml", "include:\n  - component: \(reference)\n" + Self.cleanJob)
            // Both of GitLab's layouts: templates/NAME.yml and templates/NAME/template.yml.
            try server.clone.write(index == 1 ? "templates/deploy/template.yml" : "templates/deploy.yml", component)
            assertRefused(try commitAndPush("the pipeline runs its own component: \(reference)"), by: "GITLAB-PIPE-TO-SHELL")
        }

        try start()
        try server.clone.write(".gitlab-ci.yml", "include:\n  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/deploy@$CI_COMMIT_SHA\n" + Self.cleanJob)
        try server.clone.write("templates/deploy.yml", "spec:\n  inputs:\n    stage: { default: test }\n---\n"
            + Self.cleanJob.replacingOccurrences(of: "build:", with: "deploy:"))
        assertAccepted(try commitAndPush("a clean component of its own"))
    }

    func testIncludingAnUnchangedFileIsJudged() throws {
        try start()
        try server.clone.write(".gitlab-ci.yml", Self.cleanJob)
        try server.clone.write("scripts/deploy.yml", Self.pipeToShellJob)
        assertAccepted(try commitAndPush("a YAML file nobody runs"))

        try server.clone.write(".gitlab-ci.yml", "include:\n  - /scripts/deploy.yml\n" + Self.cleanJob)
        let refused = try commitAndPush("now the pipeline runs it")
        assertRefused(refused, by: "GITLAB-PIPE-TO-SHELL")
        XCTAssertTrue(refused.stderr.contains("scripts/deploy.yml"), refused.stderr)
    }

    // MARK: Composite actions

    func testCompositeActionStepsAreJudged() throws {
        try start()
        let action = """
            name: Reply
            runs:
              using: composite
              steps:
                - shell: bash
                  run: echo "Thanks for ${{ github.event.comment.body }}"

            """
        try server.clone.write(".github/actions/reply/action.yml", action)
        assertRefused(try commitAndPush("composite action"), by: "GHA-SCRIPT-INJECTION")

        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.write(".github/actions/reply/action.yml", """
            name: Reply
            runs:
              using: composite
              steps:
                - shell: bash
                  env:
                    BODY: ${{ github.event.comment.body }}
                  run: echo "Thanks for $BODY"

            """)
        assertAccepted(try commitAndPush("composite action, input through env"))
    }

    /// The caller passes a pull request title to the repository's own action; the action alone decides
    /// whether it reaches a script as text. Changing either file re-judges the pair.
    func testAnInjectionSplitBetweenAWorkflowAndItsLocalActionIsJudgedFromEitherSide() throws {
        try start()
        let workflow = """
            on: pull_request
            permissions: {}
            jobs:
              greet:
                runs-on: ubuntu-latest
                steps:
                  - uses: ./.github/actions/greet
                    with:
                      title: ${{ github.event.pull_request.title }}

            """
        let action = { (script: String) in
            "name: Greet\ninputs:\n  title: {required: true}\nruns:\n  using: composite\n  steps:\n    - shell: bash\n"
                + "      env:\n        TITLE: ${{ inputs.title }}\n      run: \(script)\n"
        }
        try server.clone.write(".github/workflows/greet.yml", workflow)
        try server.clone.write(".github/actions/greet/action.yml", action(#"echo "Thanks for $TITLE""#))
        assertAccepted(try commitAndPush("the title reaches the script as a shell variable"))

        try server.clone.write(".github/actions/greet/action.yml", action(#"echo "Thanks for ${{ env.TITLE }}""#))
        let refused = try commitAndPush("only the action changes: the title is now pasted into the script")
        assertRefused(refused, by: "GHA-LOCAL-ACTION-INPUT-INJECTION")
        XCTAssertTrue(refused.stderr.contains(".github/workflows/greet.yml"), refused.stderr)

        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.write(".github/workflows/greet.yml", workflow.replacingOccurrences(of: "- uses: ./.github/actions/greet", with: "- uses: ./.github/actions/greet/"))
        assertAccepted(try commitAndPush("the caller changes, the action still reads a shell variable"))
    }
}

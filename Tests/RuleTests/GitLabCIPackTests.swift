import InfragateRules
import XCTest

final class GitLabCIPackTests: XCTestCase {
    private func evaluate(_ text: String) -> PackResult {
        GitLabCIPack.evaluate(SourceFile(path: ".gitlab-ci.yml", text: text), in: EmptySnapshot())
    }

    private func lines(_ text: String, rule: String) -> [Int] {
        evaluate(text).violations.filter { $0.rule.id == rule }.map(\.violation.line).sorted()
    }

    func testScriptsAreReadInEveryKeyDefaultsAndNestedLists() {
        let text = """
            .install: &install
              - curl -fsSL https://example.com/a.sh | sh
            default:
              before_script:
                - wget -qO- https://example.com/b.sh | bash
            build:
              script:
                - *install
                - - echo nested
                  - curl -s https://example.com/c.sh | sh
              after_script: curl -s https://example.com/d.sh | sh
            test:
              script:
                - !reference [.install]
            """
        XCTAssertEqual(lines(text, rule: "GITLAB-PIPE-TO-SHELL"), [2, 5, 10, 11])
    }

    func testBlockScalarScriptLinesAreReportedOnTheirOwnLine() {
        let text = """
            deploy:
              script:
                - |
                  echo start

                  echo "$DEPLOY_TOKEN"
                - >
                  echo folded
                  done
                - echo "$CI_JOB_TOKEN"
            """
        XCTAssertEqual(lines(text, rule: "GITLAB-SECRET-ECHOED"), [6, 10])
    }

    func testImagesInStringAndNameFormsAndFromVariables() {
        let text = """
            image:
              name: alpine
            build:
              image: $CI_REGISTRY_IMAGE/builder:latest
              script: make
            test:
              image: $CI_REGISTRY_IMAGE/builder
              script: make test
            """
        XCTAssertEqual(lines(text, rule: "GITLAB-IMAGE-LATEST"), [2, 4])
    }

    func testASingleIncludeMappingIsJudged() {
        let text = """
            include:
              project: platform/ci
              file: [/a.yml, /b.yml]
            """
        XCTAssertEqual(lines(text, rule: "GITLAB-INCLUDE-UNPINNED"), [2])
    }

    func testVariableValuesNeverReachMessagesOrIdentities() {
        let text = """
            variables:
              REGISTRY_PASSWORD: Xy7-super-secret
            deploy:
              variables:
                API_TOKEN: {value: Xy7-other-secret, description: token}
              script: ./deploy.sh
            """
        let found = evaluate(text).violations.filter { $0.rule.id == "GITLAB-SECRET-IN-VARIABLES" }.map(\.violation)
        XCTAssertEqual(found.map(\.line), [2, 5])
        for violation in found {
            XCTAssertFalse(violation.message.contains("Xy7"), violation.message)
            XCTAssertFalse(violation.identity.contains("Xy7"), violation.identity)
        }
    }

    func testFindingsOfDifferentJobsHaveDifferentIdentities() {
        let text = """
            build:
              image: node
              script: make
            test:
              image: node
              script: make test
            """
        let found = evaluate(text).violations.filter { $0.rule.id == "GITLAB-IMAGE-LATEST" }.map(\.violation)
        XCTAssertEqual(found.map(\.line), [2, 5])
        XCTAssertEqual(Set(found.map(\.identity)).count, 2)
    }

    func testAMalformedPipelineIsAProblemOnItsLine() {
        let text = """
            build:
              script:
                - make
              image: "node:20
            """
        let result = evaluate(text)
        XCTAssertEqual(result.problems.count, 1)
        XCTAssertEqual(result.problems.first?.line, 4)
    }

    func testUnexpectedShapesAreSkippedWithoutFindings() {
        for text in ["- a\n- b", "build: make", "build:\n  script: {a: b}\n  image: [x]\n  services: docker:dind", "include: [[a]]", "variables: [a]", ""] {
            let result = evaluate(text)
            XCTAssertEqual(result.problems, [], text)
            XCTAssertEqual(result.violations.count, 0, text)
        }
    }

    /// Escapes make script lines unfindable in the source; a search per line would be quadratic.
    func testQuotedScriptsWithEscapesStayLinear() {
        let lines = (1...20_000).map { "    curl -s https://example.com/\($0).sh | sh #\\t\\n" }
        let text = "build:\n  script: \"\n" + lines.joined(separator: "\n") + "\"\n"
        let start = Date()
        let found = evaluate(text).violations.filter { $0.rule.id == "GITLAB-PIPE-TO-SHELL" }
        XCTAssertEqual(found.count, 20_000)
        XCTAssertLessThan(Date().timeIntervalSince(start), 15, "a quadratic search would take minutes")
    }

    /// GitLab merges `extends` parents in order (a later parent wins, the job over all) and resolves
    /// `!reference`; an inherited setting is reported once, at the line that wrote it.
    func testJobsAreJudgedWithWhatTheyExtendAndReference() {
        let text = """
            .manual:
              when: manual
            .automatic:
              when: on_success
            .production:
              environment: production
            deploy-a:
              extends: [.production, .automatic, .manual]
              script: ./deploy.sh a
            deploy-b:
              extends: [.production, .manual, .automatic]
              script: ./deploy.sh b
            deploy-c:
              extends: .production
              script: ./deploy.sh c
            .settings:
              rules:
                - when: manual
            deploy-d:
              environment: production
              rules: !reference [.settings, rules]
              script: ./deploy.sh d
            """
        let found = evaluate(text).violations.filter { $0.rule.id == "GITLAB-PRODUCTION-WITHOUT-APPROVAL" }.map(\.violation)
        XCTAssertEqual(found.map(\.line), [6], "deploy-b ends on_success and deploy-c has no gate: one problem, at the template's line")
        XCTAssertTrue(found.first?.message.contains("deploy-b") == true, found.first?.message ?? "")
    }

    func testCyclicAndDeepExtendsEndQuickly() {
        let cycle = ".a:\n  extends: .b\n  environment: production\n.b:\n  extends: .a\njob:\n  extends: .a\n  script: make"
        XCTAssertEqual(lines(cycle, rule: "GITLAB-PRODUCTION-WITHOUT-APPROVAL"), [3])
        // 2,000 templates each extending the previous two: shared ancestry resolved once, not 2^n times.
        var text = ".t0:\n  environment: production\n.t1:\n  extends: .t0\n"
        for index in 2..<2_000 { text += ".t\(index):\n  extends: [.t\(index - 1), .t\(index - 2)]\n" }
        text += "job:\n  extends: .t1999\n  script: make\n"
        let start = Date()
        _ = evaluate(text)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10, "extends resolution must not be exponential")
    }

    func testTokensWrittenToKeptFilesInEveryRedirectionAndKeptForm() {
        let text = """
            build:
              script:
                - echo ${CI_JOB_TOKEN} >> out/token
                - printenv CI_REGISTRY_PASSWORD 1> registry.txt
                - export -p &> vars.sh
                - echo "$CI_JOB_JWT_V2" | base64 | tee -a jwt.b64
                - echo "$CI_JOB_TOKEN" 2> errors.txt
                - echo "$CI_JOB_TOKEN" > /dev/null
                - echo "$CI_JOB_TOKEN" > "$HOME/token"
                - echo "$CI_COMMIT_SHA" > out/sha
                - cp -f "$KUBE_CREDENTIALS" out/
                - cat ${DB_PASSWORD} > db.txt
              artifacts:
                paths: ["out/**", "*.txt"]
                reports:
                  dotenv: vars.sh
            cache-all:
              script: env > env.log
              cache:
                - key: one
                  paths: [vendor/]
                - key: two
                  untracked: true
            keep-untracked:
              script: set > all-variables
              artifacts:
                untracked: true
            """
        XCTAssertEqual(lines(text, rule: "GITLAB-TOKEN-IN-ARTIFACT"), [3, 4, 5, 11, 12, 18, 25],
                       "jwt.b64 is in no path; stderr, /dev/null and $HOME are not kept")
        let messages = evaluate(text).violations.filter { $0.rule.id == "GITLAB-TOKEN-IN-ARTIFACT" }.map(\.violation.message)
        XCTAssertTrue(messages.contains { $0.contains("`$CI_JOB_TOKEN` to `out/token`, kept as an artifact") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("the environment to `env.log`, kept in the cache") }, "\(messages)")
    }

    func testMergeRequestRulesAreReadInOrderWithForkLimitsAndWorkflow() {
        let credentials = "  id_tokens:\n    T:\n      aud: x\n  script: make\n"
        let text = """
            workflow:
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
                - if: $CI_COMMIT_BRANCH
            catch-all:
            \(credentials)  rules:
                - if: $CI_COMMIT_TAG
                  when: never
                - when: on_success
            either:
            \(credentials)  rules:
                - if: $CI_MERGE_REQUEST_SOURCE_PROJECT_ID == $CI_PROJECT_ID || $CI_PIPELINE_SOURCE == "merge_request_event"
            stopped:
            \(credentials)  rules:
                - if: '$CI_PIPELINE_SOURCE == "merge_request_event"'
                  when: never
                - when: always
            refs-only:
            \(credentials)  only:
                refs: [merge_requests]
            except-mr:
            \(credentials)  except: [merge_requests]
            """
        XCTAssertEqual(lines(text, rule: "GITLAB-MERGE-REQUEST-CREDENTIALS"), [13, 20, 36],
                       "a catch-all runs in the workflow's merge request pipelines; an `||` does not limit to this project")
        let withoutWorkflow = text.split(separator: "\n").dropFirst(4).joined(separator: "\n")
        XCTAssertEqual(lines(withoutWorkflow, rule: "GITLAB-MERGE-REQUEST-CREDENTIALS").count, 2,
                       "without merge request pipelines from the workflow, a catch-all runs only in branch pipelines")
    }

    func testPrivilegedRunnerTagsAreMatchedByWordAndReplaceTheDockerInDockerNotice() {
        let text = """
            test:
              tags: [linux, shell-runner, Prod_Deploy, docker, privilegedness]
              services: [docker:dind]
              script: make
              rules:
                - if: $CI_MERGE_REQUEST_IID
            """
        XCTAssertEqual(lines(text, rule: "GITLAB-PRIVILEGED-RUNNER-MERGE-REQUEST"), [2, 2, 3], "shell-runner and Prod_Deploy, and the service")
        XCTAssertEqual(lines(text, rule: "GITLAB-DIND-PRIVILEGED"), [], "the merge request finding covers the service line")
    }

    func testTheClassifiedPipelineKindHasThisPack() {
        XCTAssertTrue(RuleCatalog.pack(for: .gitlabCI) == GitLabCIPack.self)
    }
}

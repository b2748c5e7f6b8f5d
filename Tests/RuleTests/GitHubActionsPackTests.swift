import InfragateRules
import XCTest

final class GitHubActionsPackTests: XCTestCase {
    private func evaluate(_ text: String) -> PackResult {
        GitHubActionsPack.evaluate(SourceFile(path: ".github/workflows/ci.yml", text: text), in: EmptySnapshot())
    }

    private func lines(_ text: String, rule: String) -> [Int] {
        evaluate(text).violations.filter { $0.rule.id == rule }.map(\.violation.line).sorted()
    }

    private func violations(_ text: String, rule: String) -> [Violation] {
        evaluate(text).violations.filter { $0.rule.id == rule }.map(\.violation)
    }

    func testFindingsOfAMultiJobWorkflowNameTheirJobAndStep() {
        let text = """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: acme/setup@v1
              test:
                runs-on: ubuntu-latest
                steps:
                  - name: Setup
                    uses: acme/setup@v1
                  - uses: acme/report@main
            """
        let found = violations(text, rule: "GHA-ACTION-NOT-PINNED")
        XCTAssertEqual(found.map(\.line), [6, 11, 12])
        XCTAssertEqual(Set(found.map(\.identity)).count, 3, "each use of an action is its own finding")
        XCTAssertEqual(found[0].message, "Job `build` uses `acme/setup@v1`, a reference that can be moved to other code.")
        XCTAssertTrue(found[1].message.contains("Step `Setup` of job `test`"))
    }

    func testExpressionsInBlockScalarsAreReportedOnTheirOwnLine() {
        let text = """
            on: issues
            jobs:
              literal:
                runs-on: ubuntu-latest
                steps:
                  - run: |-

                      echo start
                      echo "${{ github.event.issue.title }}"
                  - run: |2
                        echo "${{ github.event.issue.body }}"
                  - run: >
                      echo folded
                      and "${{ github.event.comment.body }}"

                      echo "${{ github.head_ref }}"
                  - run: echo plain
                      "${{ github.event.review.body }}"
                  - run: "echo ${{ github.event.pull_request.title }}"
            """
        XCTAssertEqual(lines(text, rule: "GHA-SCRIPT-INJECTION"), [9, 11, 14, 16, 18, 19])
    }

    func testExpressionsCloseOutsideStringLiteralsAsTheRunnerReadsThem() {
        // A `}}` inside a quoted string does not end the expression: the untrusted context after it
        // is still pasted into the script. The twin formats a trusted value.
        let workflow = { (argument: String) in
            "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ format('}}{0}''}}', \(argument)) }}\"\n"
        }
        XCTAssertEqual(lines(workflow("github.event.issue.title"), rule: "GHA-SCRIPT-INJECTION"), [6])
        XCTAssertEqual(lines(workflow("github.sha"), rule: "GHA-SCRIPT-INJECTION"), [])
    }

    func testFragmentsOnOneLineAndAfterCarriageReturnsKeepTheirLines() {
        // Flow steps share a line; `\r\n` and lone `\r` end lines as libyaml counts them.
        let flow = "on: issues\njobs:\n  a: {runs-on: x, steps: [{run: 'echo ${{ github.head_ref }}'}, {run: ok},\n    {run: 'echo ${{ github.event.issue.body }}'}]}\n"
        XCTAssertEqual(lines(flow, rule: "GHA-SCRIPT-INJECTION"), [3, 4])
        let folded = "on: issues\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: >\n          echo start\n          echo \"${{ github.head_ref }}\"\n"
        for lineBreak in ["\r\n", "\r"] {
            XCTAssertEqual(lines(folded.replacingOccurrences(of: "\n", with: lineBreak), rule: "GHA-SCRIPT-INJECTION"), [8], lineBreak.debugDescription)
        }
    }

    func testLinesInLaterDocumentsAreFileLines() {
        let text = """
            ---
            on: issues
            jobs:
              greet:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      echo hi
                      echo "${{ github.event.issue.title }}"
            """
        XCTAssertEqual(lines(text, rule: "GHA-SCRIPT-INJECTION"), [9])
    }

    func testEachUntrustedContextOfAStepIsReportedOnce() {
        let text = """
            on: issues
            jobs:
              greet:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      echo "${{ github.event.issue.title }}"
                      echo "${{ github.event.issue.title }}" "${{ github.event.issue.body }}"
            """
        XCTAssertEqual(lines(text, rule: "GHA-SCRIPT-INJECTION"), [7, 8])
    }

    func testTriggersAreReadAsStringListOrMapping() {
        let job = """
            jobs:
              test:
                runs-on: self-hosted
                steps:
                  - run: make test
            """
        for trigger in ["on: pull_request", "on: [push, pull_request]", "\"on\":\n  pull_request:\n    branches: [main]", "on:\n  - pull_request"] {
            XCTAssertEqual(lines("\(trigger)\n\(job)", rule: "GHA-SELF-HOSTED-PR").count, 1, trigger)
        }
        for trigger in ["on: push", "on: [push, workflow_dispatch]", "on:\n  push:\n    branches: [main]", "on: true"] {
            XCTAssertEqual(lines("\(trigger)\n\(job)", rule: "GHA-SELF-HOSTED-PR"), [], trigger)
        }
    }

    func testRunnerLabelsAreReadInTheGroupForm() {
        let text = """
            on: pull_request
            jobs:
              test:
                runs-on:
                  group: linux-runners
                  labels: [self-hosted, x64]
                steps:
                  - run: make test
            """
        XCTAssertEqual(lines(text, rule: "GHA-SELF-HOSTED-PR"), [4])
    }

    func testAMalformedWorkflowIsAProblemOnItsLine() {
        let text = """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: make
                 bad: indentation
            """
        let result = evaluate(text)
        XCTAssertEqual(result.problems.map(\.line), [7])
        XCTAssertEqual(result.violations.count, 0)
    }

    func testDuplicateKeysAreAProblemRatherThanAGuess() {
        let text = """
            on: push
            permissions: read-all
            permissions: write-all
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: make
            """
        XCTAssertEqual(evaluate(text).problems.map(\.line), [3])
    }

    func testUnexpectedShapesAreSkippedWithoutFindings() {
        for text in ["jobs: [build, test]", "on: push\njobs:\n  build: make", "jobs:\n  build:\n    steps: run", "jobs:\n  build:\n    steps:\n      - make\n      - [a, b]\n      - run: [echo]", "- a\n- b", ""] {
            let result = evaluate(text)
            XCTAssertEqual(result.problems, [], text)
            XCTAssertTrue(result.violations.allSatisfy { $0.rule.id == "GHA-PERMISSIONS-UNDECLARED" }, text)
        }
    }

    func testUnterminatedExpressionIsNotAFinding() {
        let text = """
            on: issues
            jobs:
              greet:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "${{ github.event.issue.title"
            """
        XCTAssertEqual(lines(text, rule: "GHA-SCRIPT-INJECTION"), [])
    }

    func testSecretValuesNeverReachMessagesOrIdentities() {
        let text = """
            on: push
            env:
              DEPLOY_TOKEN: Xy7-super-secret-value
            jobs:
              deploy:
                runs-on: ubuntu-latest
                container:
                  image: registry.example.com/tools:1.4
                  credentials:
                    password: Xy7-container-password
                steps:
                  - run: ./deploy.sh
            """
        let found = violations(text, rule: "GHA-HARDCODED-SECRET")
        XCTAssertEqual(found.map(\.line), [3, 10])
        for violation in found {
            XCTAssertFalse(violation.message.contains("Xy7"), violation.message)
            XCTAssertFalse(violation.identity.contains("Xy7"), violation.identity)
        }
    }

    func testIdentitiesSurviveLinesMoving() {
        let workflow = """
            on: pull_request_target
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
                    with:
                      ref: ${{ github.event.pull_request.head.sha }}
            """
        let before = violations(workflow, rule: "GHA-UNTRUSTED-CHECKOUT")
        let after = violations("# Tests\n\n" + workflow, rule: "GHA-UNTRUSTED-CHECKOUT")
        XCTAssertEqual(before.map(\.line), [8])
        XCTAssertEqual(after.map(\.line), [10])
        XCTAssertEqual(before.map(\.identity), after.map(\.identity))
    }

    func testPermissionsDeclaredOnEveryJobNeedNoTopLevelBlock() {
        let text = """
            on: push
            jobs:
              build:
                permissions:
                  contents: read
                runs-on: ubuntu-latest
                steps:
                  - run: make
            """
        XCTAssertEqual(lines(text, rule: "GHA-PERMISSIONS-UNDECLARED"), [])
    }

    func testAnEnvironmentVariableCarriesUntrustedDataOnlyWhereItIsVisible() {
        let text = """
            on: issues
            jobs:
              a:
                runs-on: ubuntu-latest
                env:
                  Title: ${{ github.event.issue.title }}
                steps:
                  - run: echo "${{ env.TITLE }}"
                  - env:
                      TITLE: fixed
                    run: echo "${{ env.title }}"
              b:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "${{ env.TITLE }}"
                  - env:
                      COPY: ${{ env.TITLE }}
                    run: echo "$COPY"
            """
        let found = violations(text, rule: "GHA-SCRIPT-INJECTION")
        XCTAssertEqual(found.map(\.line), [8], "case-insensitive name; overridden by a constant in step 2; not set in job b")
        XCTAssertEqual(found.first?.message, "Step `#1` of job `a` expands `env.TITLE`, set from untrusted `github.event.issue.title`, into its `run`.")
    }

    func testCodeInputsOfKnownActionsAreMatchedWhateverTheirCase() {
        let text = """
            on: issue_comment
            jobs:
              a:
                runs-on: ubuntu-latest
                steps:
                  - uses: Azure/CLI@v2
                    with:
                      InlineScript: echo "${{ github.event.comment.body }}"
                  - uses: azure/cli@v2
                    with:
                      azcliversion: ${{ github.event.comment.body }}
            """
        XCTAssertEqual(lines(text, rule: "GHA-SCRIPT-INJECTION"), [8], "only the input the action runs as a script")
    }

    func testAConditionIsUnsoundWhateverBlockStyleKeepsItsLineBreak() {
        let text = """
            on: push
            jobs:
              a:
                runs-on: ubuntu-latest
                steps:
                  - if: >
                      ${{ false }}
                    run: echo folded
                  - if: '${{ false }}'
                    run: echo quoted
                  - if: ${{ github.event_name == 'push' && '}} ${{' == 'x' }}
                    run: echo literal braces
            """
        XCTAssertEqual(lines(text, rule: "GHA-UNSOUND-CONDITION"), [6])
    }

    func testCachePoisoningReadsCacheSwitchesAsTheActionsDo() {
        let text = """
            on: release
            jobs:
              a:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/setup-go@v5
                    with:
                      cache: ${{ false }}
                  - uses: actions/cache@v4
                    with:
                      lookup-only: ${{ inputs.dry }}
                  - uses: actions/setup-python@v5
                    with:
                      cache: ''
                  - uses: ruby/setup-ruby@v1
                    with:
                      bundler-cache: true
            """
        XCTAssertEqual(lines(text, rule: "GHA-CACHE-POISONING"), [9, 17])
    }

    func testTheClassifiedWorkflowKindHasThisPack() {
        XCTAssertTrue(RuleCatalog.pack(for: .githubWorkflow) == GitHubActionsPack.self)
    }
}

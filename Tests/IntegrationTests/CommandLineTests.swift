import Foundation
import InfragateEngine
import InfragateRules
import TestSupport
import XCTest

/// The built `infragate` binary: exit codes and what reaches CI systems.
final class CommandLineTests: XCTestCase {
    private var repository: TemporaryRepository!

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("app/Dockerfile", GateCheckTests.goodDockerfile)
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
    }

    private func infragate(_ arguments: String..., environment: [String: String] = [:]) throws -> Shell.Result {
        try InfragateBinary.run(Array(arguments), environment: environment)
    }

    func testExitCodeZeroWhenNothingFails() throws {
        let result = try infragate("check", "--repo", repository.path, "--base", "main", "--head", "feature")
        XCTAssertEqual(result.status, ExitStatus.passed, result.stderr)
    }

    func testExitCodeOneWhenThePolicyFails() throws {
        try repository.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try repository.commitAll("bad")
        let result = try infragate("check", "--repo", repository.path, "--base", "main", "--head", "feature", "--no-color")
        XCTAssertEqual(result.status, ExitStatus.policyFailed, result.stderr)
        XCTAssertTrue(result.stdout.contains("svc/Dockerfile"), result.stdout)
        XCTAssertFalse(result.stdout.contains("s3cr3t-value-123"), "a detected secret leaked into the output")
    }

    func testExitCodeTwoForUsageAndPolicyErrors() throws {
        XCTAssertEqual(try infragate().status, ExitStatus.usageOrPolicyError, "no subcommand must never pass")
        XCTAssertEqual(try infragate("check", "--repo", repository.path).status, ExitStatus.usageOrPolicyError, "missing --base")
        XCTAssertEqual(try infragate("check", "--repo", repository.path, "--base", "main", "--format", "yaml").status, ExitStatus.usageOrPolicyError)
        let policy = repository.root.appendingPathComponent("bad-policy.yml").path
        try "version: 1\nfail_onn: high\n".write(toFile: policy, atomically: true, encoding: .utf8)
        let invalid = try infragate("check", "--repo", repository.path, "--base", "main", "--policy", policy)
        XCTAssertEqual(invalid.status, ExitStatus.usageOrPolicyError)
        XCTAssertTrue(invalid.stderr.contains("bad-policy.yml:2"), invalid.stderr)
        let validate = try infragate("policy", "validate", policy)
        XCTAssertEqual(validate.status, ExitStatus.usageOrPolicyError)
        XCTAssertEqual(try infragate("explain", "NO-SUCH-RULE").status, ExitStatus.usageOrPolicyError)
    }

    func testExitCodeThreeWhenTheGateCannotDecide() throws {
        let missingRevision = try infragate("check", "--repo", repository.path, "--base", "0000000000000000000000000000000000000001")
        XCTAssertEqual(missingRevision.status, ExitStatus.undecidable)
        XCTAssertTrue(missingRevision.stderr.contains("cannot resolve revision"), missingRevision.stderr)
        XCTAssertTrue(missingRevision.stderr.contains("no branch, tag or commit of this repository has that name"), missingRevision.stderr)
        XCTAssertEqual(missingRevision.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }.count, 1, "one sentence, one line")
        let notARepository = try infragate("check", "--repo", "/nonexistent/infragate-repo", "--base", "main")
        XCTAssertEqual(notARepository.status, ExitStatus.undecidable)
        XCTAssertTrue(notARepository.stderr.contains("/nonexistent/infragate-repo does not exist; pass --repo the folder of a clone"), notARepository.stderr)
        let plainFolder = try infragate("check", "--repo", "/", "--base", "main")
        XCTAssertTrue(plainFolder.stderr.contains("/ is not a git repository; run infragate inside a clone or pass --repo PATH"), plainFolder.stderr)
    }

    /// The exact bytes GitHub and GitLab receive for one known finding, end to end.
    func testExactGitHubAndGitLabOutputForAKnownFinding() throws {
        try repository.write("Dockerfile", """
            FROM alpine:3.20@sha256:77726ef6b57ddf65bb551896826ec38bc3e53f75cdde31354fbffb4f25238ebd
            USER root
            HEALTHCHECK CMD ["true"]
            CMD ["sh"]

            """)
        try repository.commitAll("root user")
        let github = try infragate("check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", "github")
        XCTAssertEqual(github.status, ExitStatus.policyFailed)
        XCTAssertEqual(github.stdout, """
            ::error file=Dockerfile,line=2,endLine=2,title=DOCKER-ROOT-USER%3A Final stage runs as root::The last `USER` of the \
            final stage is `root`, so the container runs as root%0AFix: Create an unprivileged user and end the final stage with \
            `USER 10001` (or `USER app`); switch to root only for the steps that need it.

            """)
        let gitlab = try infragate("check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", "gitlab")
        let fingerprint = Fingerprint.of(rule: "DOCKER-ROOT-USER", path: "Dockerfile", identity: "stage:0|USER root")
        XCTAssertEqual(gitlab.stdout, """
            [
              {
                "categories" : [
                  "Security"
                ],
                "check_name" : "DOCKER-ROOT-USER",
                "description" : "Final stage runs as root: The last `USER` of the final stage is `root`, so the container runs as root",
                "fingerprint" : "\(fingerprint)",
                "location" : {
                  "lines" : {
                    "begin" : 2
                  },
                  "path" : "Dockerfile"
                },
                "severity" : "critical"
              }
            ]

            """)
    }

    func testGitHubAnnotationsCannotBeInjectedThroughAFileName() throws {
        // A real newline and property separators in a path git happily stores.
        let hostile = "x,line=1::y\n::error title=pwned::z/Dockerfile"
        try repository.write(hostile, "FROM ubuntu:latest\nCMD [\"sh\"]\n")
        try repository.commitAll("hostile name")
        let result = try infragate("check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", "github")
        XCTAssertEqual(result.status, ExitStatus.policyFailed, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertFalse(lines.isEmpty)
        XCTAssertFalse(lines.contains { $0.hasPrefix("::error title=pwned") }, result.stdout)
        let annotated = lines.filter { $0.contains("file=") }
        XCTAssertFalse(annotated.isEmpty, result.stdout)
        for line in annotated {
            XCTAssertTrue(line.contains("file=x%2Cline=1%3A%3Ay%0A%3A%3Aerror title=pwned%3A%3Az/Dockerfile,"), String(line))
        }
    }

    func testGitHubAnnotationsCannotBeInjectedThroughFileContent() throws {
        try repository.write("svc/Dockerfile", "FROM ubuntu:latest\nENV X=\"%0A::set-env name=PATH::/tmp\"\nRUN echo '::stop-commands::abc'\nCMD [\"sh\"]\n")
        try repository.commitAll("hostile content")
        let result = try infragate("check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", "github")
        for line in result.stdout.split(separator: "\n") where !line.isEmpty {
            XCTAssertTrue(line.hasPrefix("::error ") || line.hasPrefix("::warning ") || line.hasPrefix("::notice ") || line.hasPrefix("::notice::"),
                          "unexpected line on stdout: \(line)")
            // `::` inside a message is inert text (as in the official toolkit); a raw `%0A` must not become a newline.
            XCTAssertFalse(line.contains("%0A::set-env"), String(line))
        }
    }

    func testReportsAreWrittenAndTheStepSummaryAppended() throws {
        try repository.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try repository.commitAll("bad")
        let gitlab = repository.root.appendingPathComponent("gl.json").path
        let summary = repository.root.appendingPathComponent("summary.md").path
        try "previous step\n".write(toFile: summary, atomically: true, encoding: .utf8)
        let result = try infragate("check", "--repo", repository.path, "--base", "main", "--head", "feature",
                                   "--format", "json", "--report", "gitlab=\(gitlab)", environment: ["GITHUB_STEP_SUMMARY": summary])
        XCTAssertEqual(result.status, ExitStatus.policyFailed)
        let decoded = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: gitlab))) as? [[String: Any]]
        XCTAssertFalse(decoded?.isEmpty ?? true)
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
        let markdown = try String(contentsOfFile: summary, encoding: .utf8)
        XCTAssertTrue(markdown.hasPrefix("previous step\n"))
        XCTAssertTrue(markdown.contains("svc/Dockerfile"))
    }

    func testScanOfATreeAtARevisionAndOfFilesOnDisk() throws {
        try repository.write("svc/Dockerfile", GateCheckTests.badDockerfile)
        try repository.commitAll("bad")
        let tree = try infragate("scan", "--repo", repository.path, "--rev", "feature", "--format", "json")
        XCTAssertEqual(tree.status, ExitStatus.policyFailed, tree.stderr)
        let limited = try infragate("scan", "--repo", repository.path, "--rev", "feature", "app")
        XCTAssertEqual(limited.status, ExitStatus.passed, "only app/ is scanned: \(limited.stdout)")
        let disk = try infragate("scan", repository.root.appendingPathComponent("svc").path, "--no-color")
        XCTAssertEqual(disk.status, ExitStatus.policyFailed)
        XCTAssertTrue(disk.stdout.contains("Dockerfile"), disk.stdout)
        XCTAssertEqual(try infragate("scan", "/nonexistent/infragate").status, ExitStatus.usageOrPolicyError)
    }

    func testPolicyInitWritesAValidPolicy() throws {
        let file = repository.root.appendingPathComponent("new-policy.yml").path
        XCTAssertEqual(try infragate("policy", "init", file).status, 0)
        XCTAssertEqual(try infragate("policy", "validate", file).status, 0)
        XCTAssertEqual(try infragate("policy", "init", file).status, ExitStatus.usageOrPolicyError, "refuses to overwrite")
    }

    func testRulesCatalogAndExplain() throws {
        let json = try infragate("rules", "--format", "json")
        XCTAssertEqual(json.status, 0)
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)))
        let explain = try infragate("explain", "GATE-PARSE-ERROR")
        XCTAssertEqual(explain.status, 0)
        XCTAssertTrue(explain.stdout.contains("GATE-PARSE-ERROR"))
    }
}

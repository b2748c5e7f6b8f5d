import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// `check --staged`, the pre-commit check: the index against HEAD, in real repositories, from the
/// command line and from a real `pre-commit` hook that `git commit` runs.
final class StagedCheckTests: XCTestCase {
    private var repository: TemporaryRepository!

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
    }

    private func staged(_ extra: [String] = []) throws -> Shell.Result {
        try InfragateBinary.run(["check", "--staged", "--repo", repository.path, "--no-color"] + extra)
    }

    private func looseObjects() throws -> Set<String> {
        let objects = repository.root.appendingPathComponent(".git/objects")
        let folders = try FileManager.default.contentsOfDirectory(atPath: objects.path).filter { $0.count == 2 }
        return Set(try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: objects.appendingPathComponent(folder).path).map { folder + $0 }
        })
    }

    /// The audit's Carry-Forward Summary describes the staged tree whole (HEAD's files and what is
    /// staged), not the work tree, and building it writes nothing either.
    func testTheMarkdownAuditSummarisesTheStagedTree() throws {
        try repository.write("app/Dockerfile", GateCheckTests.badDockerfile)
        try repository.commitAll("base")
        try repository.write("infra/main.tf", "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n}\n")
        try repository.git("add", "infra/main.tf")
        try repository.write("deploy/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: web, image: nginx}]\n")
        let before = try looseObjects()
        let run = try staged(["--format", "markdown"])
        XCTAssertEqual(try looseObjects(), before, "the audit wrote objects")
        let summary = try XCTUnwrap(run.stdout.components(separatedBy: "## Carry-Forward Summary").dropFirst().first, run.stdout + run.stderr)
        XCTAssertTrue(summary.contains("From the whole tree: staged tree (2 files)"), summary)
        XCTAssertTrue(summary.contains("1. **Container Runtime:** Docker (1 Dockerfile)"), summary)
        XCTAssertTrue(summary.contains("3. **IaC Tool:** Terraform (1 file)"), summary)
        XCTAssertFalse(summary.contains("Kubernetes ("), "the unstaged manifest is not in the staged tree: \(summary)")
    }

    func testAStagedBadDockerfileFailsBeforeTheFirstCommit() throws {
        try repository.write("app/Dockerfile", GateCheckTests.badDockerfile)
        try repository.git("add", "app/Dockerfile")
        let run = try staged()
        XCTAssertEqual(run.status, ExitStatus.policyFailed, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("DOCKER-ROOT-USER"), run.stdout)
        XCTAssertTrue(run.stdout.contains("no commit yet"), run.stdout)
    }

    func testOnlyWhatIsStagedCounts() throws {
        try repository.write("app/Dockerfile", GateCheckTests.goodDockerfile)
        try repository.commitAll("clean")
        // A bad edit left unstaged is not what the commit records.
        try repository.write("app/Dockerfile", GateCheckTests.badDockerfile)
        XCTAssertEqual(try staged().status, ExitStatus.passed)
        // Staged, it is; and a clean edit on top, unstaged, does not hide it.
        try repository.git("add", "app/Dockerfile")
        try repository.write("app/Dockerfile", GateCheckTests.goodDockerfile)
        let run = try staged(["--format", "json"])
        XCTAssertEqual(run.status, ExitStatus.policyFailed, run.stderr)
        XCTAssertTrue(run.stdout.contains("\"ruleId\" : \"DOCKER-ROOT-USER\""), run.stdout)
    }

    func testStagedRenamesAndDeletionsAreJudgedAsTheIndexHasThem() throws {
        try repository.write("app/Dockerfile", GateCheckTests.badDockerfile)
        try repository.write("old/Dockerfile", GateCheckTests.goodDockerfile)
        try repository.git("add", "-A")
        try repository.git("commit", "-q", "--no-verify", "-m", "debt")
        // Deleting the bad file is a clean change.
        try repository.git("rm", "-q", "app/Dockerfile")
        XCTAssertEqual(try staged().status, ExitStatus.passed)
        // Moving it is not: the moved file is judged under its new name.
        try repository.git("reset", "-q", "--hard")
        // `git mv` does not create the destination's folders.
        for folder in ["moved", "new"] {
            try FileManager.default.createDirectory(at: repository.root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try repository.git("mv", "app/Dockerfile", "moved/Dockerfile")
        let moved = try staged(["--format", "json"])
        XCTAssertEqual(moved.status, ExitStatus.policyFailed, moved.stderr)
        XCTAssertTrue(moved.stdout.contains("\"path\" : \"moved/Dockerfile\""), moved.stdout)
        // A clean file renamed stays clean.
        try repository.git("reset", "-q", "--hard")
        try repository.git("mv", "old/Dockerfile", "new/Dockerfile")
        XCTAssertEqual(try staged().status, ExitStatus.passed)
    }

    func testJudgingTheIndexWritesNoObject() throws {
        try repository.write("a/Dockerfile", GateCheckTests.goodDockerfile)
        try repository.commitAll("clean")
        try repository.write("b/c/Dockerfile", GateCheckTests.badDockerfile)
        try repository.git("add", "-A")
        let before = try looseObjects()
        XCTAssertEqual(try staged().status, ExitStatus.policyFailed)
        XCTAssertEqual(try looseObjects(), before, "the staged trees must stay in memory")
    }

    func testTheHeadPolicyJudgesAndAStagedRelaxationIsAFinding() throws {
        try repository.write(".infragate.yml", "version: 1\nfail_on: high\n")
        try repository.write("app/Dockerfile", GateCheckTests.goodDockerfile)
        try repository.commitAll("policy")
        try repository.write(".infragate.yml", "version: 1\nfail_on: critical\n")
        try repository.write("app/Dockerfile", GateCheckTests.badDockerfile)
        try repository.git("add", "-A")
        let run = try staged()
        XCTAssertEqual(run.status, ExitStatus.policyFailed, run.stdout)
        XCTAssertTrue(run.stdout.contains("DOCKER-ROOT-USER"), run.stdout)
        XCTAssertTrue(run.stdout.contains("GATE-POLICY-RELAXED"), run.stdout)
    }

    func testAPreCommitHookStopsGitCommitAllWithABadFile() throws {
        try repository.write("app/Dockerfile", GateCheckTests.goodDockerfile)
        try repository.commitAll("clean")
        let hook = repository.root.appendingPathComponent(".git/hooks/pre-commit")
        try "#!/bin/sh\nexec '\(InfragateBinary.path)' check --staged --no-color\n".write(to: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)

        // `commit -a` stages into a temporary index (GIT_INDEX_FILE): that one is what the hook must judge.
        try repository.write("app/Dockerfile", GateCheckTests.badDockerfile)
        XCTAssertThrowsError(try repository.git("commit", "-q", "-a", "-m", "bad")) { error in
            XCTAssertTrue("\(error)".contains("DOCKER-ROOT-USER"), "\(error)")
        }
        try repository.write("app/Dockerfile", GateCheckTests.goodDockerfile.replacingOccurrences(of: "\n", with: "\n\n"))
        XCTAssertNoThrow(try repository.git("commit", "-q", "-a", "-m", "still clean"))
    }

    func testAStagedChangeLargeEnoughToShareAmongWorkersIsJudgedWhole() throws {
        // Each worker opens its own repository and builds the same staged tree in its own memory.
        for index in 0..<60 {
            try repository.write("svc\(index)/Dockerfile", index == 59 ? GateCheckTests.badDockerfile : GateCheckTests.goodDockerfile)
        }
        try repository.git("add", "-A")
        let run = try InfragateBinary.run(["check", "--staged", "--repo", repository.path, "--format", "json"], environment: ["INFRAGATE_JOBS": "2"])
        XCTAssertEqual(run.status, ExitStatus.policyFailed, run.stderr)
        XCTAssertTrue(run.stdout.contains("\"path\" : \"svc59/Dockerfile\""), run.stdout)
        XCTAssertTrue(run.stdout.contains("(60 changed files)"), run.stdout)
    }

    func testStagedTakesNoBaseAndABareRepositoryHasNoIndex() throws {
        let both = try InfragateBinary.run(["check", "--staged", "--base", "HEAD", "--repo", repository.path])
        XCTAssertEqual(both.status, ExitStatus.usageOrPolicyError)
        let bare = try TemporaryRepository(bare: true, removedAtTeardown: addTeardownBlock)
        let run = try InfragateBinary.run(["check", "--staged", "--repo", bare.path])
        XCTAssertEqual(run.status, ExitStatus.undecidable)
        XCTAssertTrue(run.stderr.contains("a bare repository has no index"), run.stderr)
    }
}

import Foundation
import TestSupport
import XCTest

/// A merge on a protected branch (judged commit by commit) introduces what none of its parents had:
/// its own edits (an "evil merge", an octopus too) and what only the combination of its sides gives.
/// What one side already had came in, and was judged, on that side.
final class MergeTrustTests: TrustTestCase {
    /// `side` and `main` each move on with a clean commit; returns to `main`.
    private func divergeCleanly() throws {
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "-b", "side")
        try server.clone.write("docs/side.md", "side\n")
        try server.clone.commitAll("side")
        try server.clone.git("checkout", "-q", "main")
        try server.clone.write("docs/main.md", "main\n")
        try server.clone.commitAll("main moves on")
    }

    func testAMergeThatAddsARootUserOfItsOwnIsRefused() throws {
        try start()
        try divergeCleanly()
        try server.clone.git("merge", "-q", "--no-commit", "side")
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("merge side (and a little more)")
        let result = try server.push("main")
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains("DOCKER-ROOT-USER"), result.stderr)
    }

    func testAnOrdinaryMergeIsAccepted() throws {
        try start()
        try divergeCleanly()
        try server.clone.git("merge", "-q", "--no-edit", "side")
        assertAccepted(try server.push("main"))
    }

    func testAnOctopusMergeIsJudgedOnWhatNoParentHad() throws {
        try start()
        try divergeCleanly()
        try server.clone.git("checkout", "-q", "-b", "third", "side~1")
        try server.clone.write("docs/third.md", "third\n")
        try server.clone.commitAll("third")
        try server.clone.git("checkout", "-q", "main")
        try server.clone.git("merge", "-q", "--no-commit", "side", "third")
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("octopus, and a root user")
        assertRefused(try server.push("main"))

        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.git("merge", "-q", "--no-edit", "side", "third")
        XCTAssertEqual(try server.clone.git("rev-list", "--parents", "-n", "1", "HEAD").split(separator: " ").count, 4, "an octopus of three")
        assertAccepted(try server.push("main"))
    }

    /// Base: a variable and a tfvars file setting it to a private range.
    private func startTerraform() throws {
        try start()
        try server.clone.write("infra/variables.tf", "variable \"cidr\" {\n  type = string\n}\n")
        try server.clone.write("infra/terraform.tfvars", "cidr = \"10.0.0.0/8\"\n")
        try server.clone.commitAll("terraform base")
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "-b", "tfvars")
    }

    /// One side adds an SSH security group from `var.cidr` (private there); the other opens the
    /// variable to the internet (unused there). Each side is clean; the merge is not.
    func testAMergeWhoseSidesAreCleanButWhoseCombinationIsOpenIsRefused() throws {
        try startTerraform()
        try server.clone.write("infra/terraform.tfvars", "cidr = \"0.0.0.0/0\"\n")
        try server.clone.commitAll("open the variable nothing uses yet")
        assertAccepted(try server.push("tfvars"))
        try server.clone.git("checkout", "-q", "main")
        try server.clone.write("infra/sg.tf", Fixtures.securityGroupFromVariable)
        try server.clone.commitAll("security group from var.cidr")
        assertAccepted(try server.push("main"))
        try server.clone.git("merge", "-q", "--no-edit", "tfvars")
        let result = try server.push("main")
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains("infra/sg.tf:"), result.stderr)
    }

    func testAMergeWhoseCombinationStaysPrivateIsAccepted() throws {
        try startTerraform()
        try server.clone.write("infra/terraform.tfvars", "cidr = \"10.1.0.0/16\"\n")
        try server.clone.commitAll("narrow the variable")
        assertAccepted(try server.push("tfvars"))
        try server.clone.git("checkout", "-q", "main")
        try server.clone.write("infra/sg.tf", Fixtures.securityGroupFromVariable)
        try server.clone.commitAll("security group from var.cidr")
        assertAccepted(try server.push("main"))
        try server.clone.git("merge", "-q", "--no-edit", "tfvars")
        assertAccepted(try server.push("main"))
    }

    /// `git pull` on an old branch: the merge brings main's legacy file (from before the gate) in as
    /// "added" against the first parent. It came from main, so the merge does not introduce it.
    func testAMergeBringingInWhatMainAlreadyHeldIsAccepted() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "-b", "old-work")
        try server.clone.write("docs/work.md", "work\n")
        try server.clone.commitAll("work")
        try server.clone.git("checkout", "-q", "main")
        try server.clone.write("legacy/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("legacy, before the gate")
        try withoutGate { assertAccepted(try server.push("main")) }
        try server.clone.git("checkout", "-q", "old-work")
        try server.clone.git("merge", "-q", "--no-edit", "main")
        assertAccepted(try server.push("old-work:main"))
    }

    /// A root Dockerfile from before the gate, fixed on main since. Returns (the legacy commit, the fix).
    private func startWithAFixedLegacyFile() throws -> (legacy: String, fix: String) {
        try start()
        try server.clone.write("legacy/Dockerfile", TrustFixtures.rootDockerfile)
        let legacy = try server.clone.commitAll("legacy, before the gate")
        try withoutGate { assertAccepted(try server.push("main")) }
        try server.clone.write("legacy/Dockerfile", Fixtures.cleanDockerfile)
        let fix = try server.clone.commitAll("fix the legacy file")
        assertAccepted(try server.push("main"))
        return (legacy, fix)
    }

    /// A merge whose other parent is main's own past, taking that past's tree: the fix is undone.
    func testMergingAnAncestorBackToUndoAFixIsRefused() throws {
        let (legacy, fix) = try startWithAFixedLegacyFile()
        let tree = try server.clone.git("rev-parse", "\(legacy)^{tree}")
        let merge = try server.clone.git("commit-tree", tree, "-p", fix, "-p", legacy, "-m", "merge the past back")
        let result = try server.push("\(merge):refs/heads/main")
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains("legacy/Dockerfile:2  DOCKER-ROOT-USER"), result.stderr)
    }

    /// A side branch cut before the fix still holds the old file; a merge that takes the side's
    /// version of it undoes the fix, though the side never changed it. git's own merge keeps the fix.
    func testAMergeTakingAStaleSidesVersionOfAFixedFileIsRefusedAndTheRealMergeAccepted() throws {
        let (legacy, _) = try startWithAFixedLegacyFile()
        try server.clone.git("checkout", "-q", "-b", "stale", legacy)
        try server.clone.write("docs/side.md", "side\n")
        try server.clone.commitAll("side work")
        assertAccepted(try server.push("stale"))
        try server.clone.git("checkout", "-q", "main")
        try server.clone.git("merge", "-q", "--no-commit", "stale")
        try server.clone.git("checkout", "stale", "--", "legacy/Dockerfile")
        try server.clone.commitAll("merge stale, keeping its Dockerfile")
        assertRefused(try server.push("main"))

        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.git("merge", "-q", "--no-edit", "stale")
        assertAccepted(try server.push("main"))
    }

    /// A file no judge can finish in time never gets through, in tip mode or commit by commit,
    /// unless the trusted policy says `on_timeout: accept` (which lists it).
    func testWhatIsNotJudgedInTimeIsRefusedInTipAndEachCommitMode() throws {
        try start(hookArguments: ["--deadline", "0"])
        try withoutGate { assertAccepted(try server.push("main")) }
        try server.clone.git("checkout", "-q", "-b", "feature")
        try server.clone.write("deploy/pod.yaml", ClassificationTrustTests.privilegedPodSpacedYAML)
        try server.clone.commitAll("pod")
        let tip = try server.push("feature")
        assertRefused(tip)
        let eachCommit = try server.push("feature:main")
        assertRefused(eachCommit)
        for result in [tip, eachCommit] {
            XCTAssertTrue(result.stderr.lowercased().contains("deadline"), result.stderr)
        }
    }
}

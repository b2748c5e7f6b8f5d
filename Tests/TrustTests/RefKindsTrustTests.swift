import Foundation
import TestSupport
import XCTest

/// Refs that are not branches: replace refs, notes, tags of trees and blobs. Each is either judged
/// like any other commit or refused by name, never a side door for content the gate did not read.
final class RefKindsTrustTests: TrustTestCase {
    /// The gate judges the objects git serves (libgit2 does not honour replace refs): a replace ref that
    /// was already on the server cannot make a root Dockerfile on main look like the clean one.
    func testAReplaceRefAlreadyOnTheServerDoesNotHideTheRealBlob() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.git("add", "-A")
        let bad = try server.clone.git("rev-parse", ":app/Dockerfile")
        let clean = try server.clone.git("rev-parse", "HEAD:app/Dockerfile")
        try server.clone.git("replace", bad, clean)
        try withoutGate { assertAccepted(try server.push("refs/replace/*")) }
        try server.clone.commitAll("root, replaced by the clean blob for whoever fetches refs/replace")
        let result = try server.push("main")
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains("DOCKER-ROOT-USER"), result.stderr)
    }

    func testPushingAReplaceRefIsRefusedAndDeletingOneAccepted() throws {
        try start()
        let clean = try server.clone.git("rev-parse", "HEAD")
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "-b", "parked")
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        let bad = try server.clone.commitAll("root")
        // Whoever fetches refs/replace/* would check out the root commit as main's reviewed one.
        try server.clone.git("replace", clean, bad)
        let pushed = try server.push("refs/replace/\(clean)")
        assertRefused(pushed)
        XCTAssertTrue(pushed.stderr.contains("replace refs can be deleted, not pushed"), pushed.stderr)

        try withoutGate { assertAccepted(try server.push("refs/replace/\(clean)")) }
        assertAccepted(try server.push("--delete", "refs/replace/\(clean)"))
    }

    func testANoteHoldingASecretIsRefusedAndAPlainNoteAccepted() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.git("notes", "add", "-m", "deployed with GITHUB_TOKEN=\(SecretsTrustTests.token)", "HEAD")
        let secret = try server.push("refs/notes/commits")
        assertRefused(secret)
        XCTAssertTrue(secret.stderr.contains("SECRET-GITHUB-PAT"), secret.stderr)
        XCTAssertFalse(secret.stderr.contains(String(SecretsTrustTests.token.dropFirst(4))), secret.stderr)

        // The notes ref's history would still hold the secret: start it again.
        try server.clone.git("update-ref", "-d", "refs/notes/commits")
        try server.clone.git("notes", "add", "-m", "deployed to staging by the release job", "HEAD")
        assertAccepted(try server.push("refs/notes/commits"))
    }

    func testTagsOfTreesAndBlobsAreRefusedByNameAndTagsOfCommitsAccepted() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.git("add", "-A")
        let blob = try server.clone.git("rev-parse", ":app/Dockerfile")
        let tree = try server.clone.git("write-tree")
        try server.clone.git("tag", "-a", "-m", "a tree", "tree-tag", tree)
        let treeTag = try server.push("tree-tag")
        assertRefused(treeTag)
        XCTAssertTrue(treeTag.stderr.contains("points at a tree"), treeTag.stderr)
        let blobRef = try server.push("\(blob):refs/tags/blob-ref")
        assertRefused(blobRef)
        XCTAssertTrue(blobRef.stderr.contains("points at a blob"), blobRef.stderr)

        try server.clone.git("reset", "-q", "--hard")
        try server.clone.git("tag", "-a", "-m", "release", "v1.0")
        assertAccepted(try server.push("v1.0"))
    }

    /// Thirty unprotected refs and main in one push: main is still judged under its own policy.
    func testOneProtectedRefAmongManyIsJudgedAndTheCleanManyAccepted() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "-b", "bad")
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("root")
        try server.clone.write("app/Dockerfile", Fixtures.cleanDockerfile)
        try server.clone.commitAll("clean tip")
        let many = (1...30).map { "bad:refs/heads/topic-\($0)" }
        let withMain = try Shell.run("/usr/bin/env", ["git", "-C", server.clone.path, "push", "--porcelain", "origin"] + many + ["bad:main"])
        assertRefused(withMain)
        XCTAssertTrue(withMain.stderr.contains("DOCKER-ROOT-USER"), withMain.stderr)
        let alone = try Shell.run("/usr/bin/env", ["git", "-C", server.clone.path, "push", "--porcelain", "origin"] + many)
        assertAccepted(alone)
    }

    /// Push options are the pusher's: none of them names a policy or switches judging off.
    func testPushOptionsDecideNothingButABypassTheServerAllows() throws {
        try start()
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("root")
        let lenient = try server.writePolicy("version: 1\nfail_on: critical\nmode: report\n")
        let options = ["infragate.policy=\(lenient)", "infragate.mode=report", "infragate.skip", "ci.skip", "infragate.bypass=urgent"]
        let result = try Shell.run("/usr/bin/env", ["git", "-C", server.clone.path, "push", "--porcelain"] + options.flatMap { ["-o", $0] } + ["origin", "main"])
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains("bypass requested by an unidentified pusher refused"), result.stderr)
    }

    /// git itself refuses two refspecs for one ref (`--atomic :main other:main`), so a protected branch
    /// cannot be deleted and recreated in one push; deleting it is refused on its own.
    func testDeletingAndRecreatingMainInOnePushIsNotPossible() throws {
        try start()
        let tip = try server.clone.commitAll("tip")
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "--orphan", "other")
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("unrelated root history")
        assertRefused(try server.push("--atomic", ":refs/heads/main", "other:refs/heads/main"))
        assertRefused(try server.push("--delete", "main"))
        XCTAssertEqual(try server.bare.git("rev-parse", "refs/heads/main"), tip)
    }
}

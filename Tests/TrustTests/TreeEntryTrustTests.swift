import Foundation
import TestSupport
import XCTest

/// What a tree entry holds is judged as its consumer reads it, whatever `.gitattributes`, the name's
/// case or bytes, or the entry's mode say; what the repository does not hold (LFS content, a
/// submodule's files) is named, never a silent pass.
final class TreeEntryTrustTests: TrustTestCase {
    static let lfsPointer = """
        version https://git-lfs.github.com/spec/v1
        oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393
        size 12345

        """

    private func commitAndPush(_ message: String) throws -> Shell.Result {
        try server.clone.commitAll(message)
        return try server.push("main")
    }

    func testInfrastructureStoredInGitLFSIsUnscannedAndOtherLFSFilesAccepted() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.write(".gitattributes", "*.yaml filter=lfs diff=lfs merge=lfs -text\nDockerfile filter=lfs diff=lfs merge=lfs -text\n*.png filter=lfs diff=lfs merge=lfs -text\n")
        for path in ["deploy/pod.yaml", "app/Dockerfile"] {
            try server.clone.write(path, Self.lfsPointer)
            let result = try commitAndPush("\(path) in LFS")
            assertRefused(result)
            XCTAssertTrue(result.stderr.contains("GATE-UNSCANNED-FILE"), result.stderr)
            XCTAssertTrue(result.stderr.contains("Git LFS pointer"), result.stderr)
            try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        }
        try server.clone.write("docs/diagram.png", Self.lfsPointer)
        assertAccepted(try commitAndPush("an image in LFS"))
    }

    /// Attributes change how git diffs, exports or filters a file, not what `docker build` reads.
    func testAttributesThatHideADockerfileFromDiffsDoNotHideItFromTheGate() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.write(".gitattributes", "app/Dockerfile binary -diff export-ignore linguist-generated linguist-vendored\n")
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        let hidden = try commitAndPush("root, marked binary")
        assertRefused(hidden)
        XCTAssertTrue(hidden.stderr.contains("DOCKER-ROOT-USER"), hidden.stderr)
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.write(".gitattributes", "app/Dockerfile binary -diff export-ignore linguist-generated linguist-vendored\n")
        try server.clone.write("app/Dockerfile", Fixtures.cleanDockerfile + "\nLABEL org.opencontainers.image.title=app\n")
        assertAccepted(try commitAndPush("clean, still marked binary"))
    }

    /// On a case-insensitive checkout `dockerfile` is the `Dockerfile` docker builds.
    func testACaseOnlyRenameIsJudged() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.git("mv", "app/Dockerfile", "app/dockerfile")
        try server.clone.write("app/dockerfile", TrustFixtures.rootDockerfile)
        assertRefused(try commitAndPush("rename by case, and root"))
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.git("mv", "app/Dockerfile", "app/dockerfile")
        try server.clone.write("app/dockerfile", Fixtures.cleanDockerfile + "\nLABEL org.opencontainers.image.title=app\n")
        assertAccepted(try commitAndPush("rename by case"))
    }

    /// Newlines, escape sequences and bytes that are not UTF-8 in a file name: judged, and printed
    /// escaped, so the name can neither hide the file nor forge a line of output.
    func testHostileFileNamesAreJudgedAndCannotForgeOutput() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.write("app/x\n::error file=app/Dockerfile::forged\u{1B}[2K/Dockerfile", TrustFixtures.rootDockerfile)
        let made = try Shell.run("/bin/sh", ["-c", "d=\"$(printf 'app/\\377\\376')\" && mkdir -p \"$d\" && printf 'FROM ubuntu:latest\\nUSER root\\n' > \"$d/Dockerfile\""],
                                 directory: server.clone.path)
        XCTAssertEqual(made.status, 0, made.stderr)
        let result = try commitAndPush("hostile names")
        assertRefused(result)
        XCTAssertEqual(result.stderr.components(separatedBy: "DOCKER-ROOT-USER").count - 1, 2, "both files judged:\n\(result.stderr)")
        XCTAssertFalse(result.stderr.contains("\u{1B}"), "an escape sequence reached the output")
        XCTAssertFalse(result.stderr.contains("\n::error") || result.stderr.contains("remote: ::error"), "a forged line:\n\(result.stderr)")

        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.git("clean", "-q", "-fdx")
        try server.clone.write("app/x\ny/Dockerfile", Fixtures.cleanDockerfile)
        assertAccepted(try commitAndPush("a clean file with a newline in its folder's name"))
    }

    /// A mode change is a change: the file is judged again (here an old root Dockerfile made executable),
    /// and a clean file's mode change passes.
    func testAnExecutableBitChangeIsJudgedLikeAnEdit() throws {
        try start()
        try server.clone.write("legacy/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("legacy, before the gate")
        try withoutGate { assertAccepted(try server.push("main")) }
        try server.clone.makeExecutable("legacy/Dockerfile")
        assertRefused(try commitAndPush("chmod +x"))
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.makeExecutable("app/Dockerfile")
        assertAccepted(try commitAndPush("chmod +x the clean one"))
    }

    /// A judged file turned into a link is judged as what the link leads to.
    func testAFileTurnedIntoALinkIsJudgedAsItsTarget() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.write("vendor-notes/base.txt", TrustFixtures.rootDockerfile)
        try server.clone.symlink("app/Dockerfile", to: "../vendor-notes/base.txt")
        let result = try commitAndPush("Dockerfile becomes a link to a root one")
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains("app/Dockerfile:2"), result.stderr)
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        try server.clone.write("vendor-notes/base.txt", Fixtures.cleanDockerfile)
        try server.clone.symlink("app/Dockerfile", to: "../vendor-notes/base.txt")
        assertAccepted(try commitAndPush("the link leads to a clean one"))
    }

    /// A submodule's files are another repository's: listed as not judged here (that repository's own
    /// gate judges them), which does not block ordinary submodule use.
    func testASubmoduleIsNamedAsNotJudgedHere() throws {
        try start()
        let pinned = try server.clone.git("rev-parse", "HEAD")
        try server.clone.git("update-index", "--add", "--cacheinfo", "160000,\(pinned),deploy/platform")
        try server.clone.git("commit", "-q", "-m", "platform manifests as a submodule")
        let result = try server.push("main")
        assertAccepted(result)
        XCTAssertTrue(result.stderr.contains("deploy/platform: submodule (gitlink): its files are in another repository and are not judged here"), result.stderr)
    }
}

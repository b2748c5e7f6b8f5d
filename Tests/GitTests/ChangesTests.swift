import InfragateGit
import TestSupport
import XCTest

final class ChangesTests: XCTestCase {
    func testReportsAddedModifiedAndRenamedFilesButNotDeletedOnes() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repo.write("Dockerfile", "FROM alpine:3.20\n")
        try repo.write("old-name.yaml", "kind: Pod\n")
        try repo.write("gone.tf", "resource \"x\" \"y\" {}\n")
        let base = try repo.commit("base")
        try repo.write("Dockerfile", "FROM alpine:3.21\n")
        try repo.git("mv", "old-name.yaml", "new-name.yaml")
        try repo.delete("gone.tf")
        try repo.write("main.tf", "terraform {}\n")
        let head = try repo.commit("change")

        let changes = try repo.open().changes(from: base, to: head)

        XCTAssertEqual(changes.map(\.path), ["Dockerfile", "main.tf", "new-name.yaml"])
        XCTAssertEqual(changes.map(\.status), [.modified, .added, .renamed])
        XCTAssertEqual(changes[2].oldPath, "old-name.yaml")
        XCTAssertEqual(changes[0].blob, try repo.objectID(repo.git("rev-parse", "HEAD:Dockerfile")))
        XCTAssertEqual(Set(changes.map(\.mode)), [.file])
    }

    func testAMoveWithEditsIsReportedAsAdded() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repo.write("a.yaml", "kind: Pod\n")
        let base = try repo.commit("base")
        try repo.delete("a.yaml")
        try repo.write("b.yaml", "kind: Pod\nmetadata: {}\n")
        let head = try repo.commit("move and edit")

        let changes = try repo.open().changes(from: base, to: head)

        XCTAssertEqual(changes, [ChangedEntry(path: "b.yaml", status: .added, mode: .file, blob: changes[0].blob)])
    }

    func testIdenticalCopyOfAModifiedFileIsReportedAsCopied() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repo.write("deploy/app.yaml", "replicas: 1\n")
        let base = try repo.commit("base")
        try repo.write("deploy/app.yaml", "replicas: 2\n")
        try repo.write("deploy/copy.yaml", "replicas: 1\n")
        let head = try repo.commit("copy")

        let changes = try repo.open().changes(from: base, to: head)

        XCTAssertEqual(changes.map(\.status), [.modified, .copied])
        XCTAssertEqual(changes[1].path, "deploy/copy.yaml")
        XCTAssertEqual(changes[1].oldPath, "deploy/app.yaml")
    }

    func testRenamePrefersTheSourceWithTheSameFileName() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repo.write("one/Dockerfile", "FROM scratch\n")
        try repo.write("two/Containerfile", "FROM scratch\n")
        let base = try repo.commit("base")
        try repo.delete("one/Dockerfile")
        try repo.delete("two/Containerfile")
        try repo.write("three/Dockerfile", "FROM scratch\n")
        let head = try repo.commit("move")

        let changes = try repo.open().changes(from: base, to: head)

        XCTAssertEqual(changes.map(\.path), ["three/Dockerfile"])
        XCTAssertEqual(changes.first?.oldPath, "one/Dockerfile")
    }

    func testIdenticalFilesMovedTogetherPairEachSourceOnceByFileName() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        for index in 0..<50 { try repo.write("from/f\(index).yaml", "same: content\n") }
        let base = try repo.commit("base")
        try repo.git("mv", "from", "to")
        try repo.write("to/extra.yaml", "same: content\n")
        let head = try repo.commit("move")

        let changes = try repo.open().changes(from: base, to: head)
        let renames = changes.filter { $0.status == .renamed }

        XCTAssertEqual(renames.count, 50)
        XCTAssertEqual(renames.filter { $0.oldPath != "from/" + $0.path.dropFirst("to/".count) }.map(\.path), [])
        XCTAssertEqual(changes.first { $0.path == "to/extra.yaml" }?.status, .copied, "the sources are used up by the renames")
    }

    func testOnlyTheDeepChangeIsReportedInANestedTree() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        for directory in ["a/b/c/d", "a/b/x", "e"] {
            for file in 0..<3 { try repo.write("\(directory)/f\(file).tf", "# \(directory) \(file)\n") }
        }
        let base = try repo.commit("base")
        try repo.write("a/b/c/d/f1.tf", "# changed\n")
        let head = try repo.commit("deep change")

        let changes = try repo.open().changes(from: base, to: head)

        XCTAssertEqual(changes.map(\.path), ["a/b/c/d/f1.tf"])
        XCTAssertEqual(changes.map(\.status), [.modified])
    }

    func testNilBaseListsEveryFileAsAdded() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repo.write("x/y.yaml", "a: 1\n")
        try repo.write("z.yaml", "b: 2\n")
        let head = try repo.commit("root")

        let changes = try repo.open().changes(from: nil, to: head)

        XCTAssertEqual(changes.map(\.path), ["x/y.yaml", "z.yaml"])
        XCTAssertEqual(Set(changes.map(\.status)), [.added])
    }

    func testSameRevisionHasNoChanges() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repo.write("a.yaml", "a: 1\n")
        let head = try repo.commit("root")

        XCTAssertEqual(try repo.open().changes(from: head, to: head), [])
    }

    func testSymlinksAndSubmodulesCarryTheirMode() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        let base = try repo.commit("empty")
        try repo.symlink("link.yaml", to: "/etc/passwd")
        try repo.git("add", "link.yaml")
        // A gitlink staged by hand; `commit()` would stage its absence from the working tree.
        try repo.git("update-index", "--add", "--cacheinfo", "160000,\(base.hex),vendor/lib")
        try repo.git("commit", "-q", "-m", "link and submodule")
        let head = try repo.head()

        let changes = try repo.open().changes(from: base, to: head)

        XCTAssertEqual(changes.map(\.path), ["link.yaml", "vendor/lib"])
        XCTAssertEqual(changes.map(\.mode), [.symlink, .submodule])
        XCTAssertEqual(changes.map(\.status), [.added, .added])
        XCTAssertEqual(changes[1].blob, base, "a submodule entry records the commit it points to")
    }

    func testSwitchingBetweenFileAndSymlinkIsATypeChange() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repo.write("a.yaml", "a: 1\n")
        try repo.symlink("b.yaml", to: "a.yaml")
        let base = try repo.commit("base")
        try repo.symlink("a.yaml", to: "b.yaml")
        try repo.write("b.yaml", "b: 2\n")
        let head = try repo.commit("swap")

        let changes = try repo.open().changes(from: base, to: head)

        XCTAssertEqual(changes.map(\.status), [.typeChanged, .typeChanged])
        XCTAssertEqual(changes.map(\.mode), [.symlink, .file])
    }

    func testMakingAFileExecutableIsAModification() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repo.write("run.sh", "echo hi\n")
        let base = try repo.commit("base")
        try repo.makeExecutable("run.sh")
        let head = try repo.commit("chmod")

        let changes = try repo.open().changes(from: base, to: head)

        XCTAssertEqual(changes.map(\.status), [.modified])
        XCTAssertEqual(changes.map(\.mode), [.executable])
    }

    func testAFileReplacedByADirectoryReportsTheDirectoryContents() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repo.write("config", "flat\n")
        try repo.write("config.d/a", "a\n")
        let base = try repo.commit("base")
        try repo.delete("config")
        try repo.write("config/app.yaml", "nested: true\n")
        let head = try repo.commit("file to directory")

        let changes = try repo.open().changes(from: base, to: head)

        XCTAssertEqual(changes.map(\.path), ["config/app.yaml"])
        XCTAssertEqual(changes.map(\.status), [.added])
    }

    func testAMovedDirectoryIsReportedAsRenames() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repo.write("old/a.tf", "a\n")
        try repo.write("old/sub/b.tf", "b\n")
        let base = try repo.commit("base")
        try repo.git("mv", "old", "new")
        let head = try repo.commit("move directory")

        let changes = try repo.open().changes(from: base, to: head)

        XCTAssertEqual(changes.map(\.path), ["new/a.tf", "new/sub/b.tf"])
        XCTAssertEqual(changes.map(\.oldPath), ["old/a.tf", "old/sub/b.tf"])
        XCTAssertEqual(Set(changes.map(\.status)), [.renamed])
    }

    func testMatchesGitOnAMixedChange() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        for index in 0..<20 { try repo.write("d\(index % 4)/s\(index % 3)/f\(index).txt", "content \(index)\n") }
        let base = try repo.commit("base")
        try repo.write("d1/s1/f1.txt", "edited\n")
        try repo.write("d2/new/f.txt", "new\n")
        try repo.write("d0.txt", "sibling that sorts next to a directory\n")
        try repo.delete("d3/s0/f15.txt")
        let head = try repo.commit("mixed")

        let changes = try repo.open().changes(from: base, to: head)
        let expected = try repo.git("diff", "--name-only", "--no-renames", "--diff-filter=AM", base.hex, head.hex)

        XCTAssertEqual(changes.map(\.path), expected.split(separator: "\n").map(String.init))
    }
}

import InfragateGit
import TestSupport
import XCTest

final class TreeTests: XCTestCase {
    private func makeTree() throws -> (TemporaryRepository, ObjectID) {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repo.write("modules/vpc/main.tf", "vpc\n")
        try repo.write("modules/vpc/variables.tf", "variables\n")
        try repo.write("modules/vpc/nested/inner.tf", "inner\n")
        try repo.write("modules.txt", "sorts between the directory name and its contents\n")
        try repo.write("run.sh", "#!/bin/sh\n")
        try repo.makeExecutable("run.sh")
        try repo.symlink("current", to: "modules/vpc")
        return (repo, try repo.commit("tree"))
    }

    func testFilesAtARevisionListsTheWholeTreeInPathOrder() throws {
        let (repo, head) = try makeTree()

        let files = try repo.open().files(at: head)

        XCTAssertEqual(files.map(\.path), try repo.git("ls-tree", "-r", "--name-only", head.hex).split(separator: "\n").map(String.init))
        XCTAssertEqual(files.first { $0.path == "run.sh" }?.mode, .executable)
        XCTAssertEqual(files.first { $0.path == "current" }?.mode, .symlink)
        XCTAssertEqual(files.first { $0.path == "modules/vpc/main.tf" }?.blob,
                       try repo.objectID(repo.git("rev-parse", "HEAD:modules/vpc/main.tf")))
    }

    func testFilesInADirectoryAreItsDirectChildrenOnly() throws {
        let (repo, head) = try makeTree()
        let repository = try repo.open()

        XCTAssertEqual(try repository.files(in: "modules/vpc", at: head).map(\.path), ["modules/vpc/main.tf", "modules/vpc/variables.tf"])
        XCTAssertEqual(try repository.files(in: "modules/vpc/", at: head).count, 2)
        XCTAssertEqual(try repository.files(in: "", at: head).map(\.path), ["current", "modules.txt", "run.sh"])
        XCTAssertEqual(try repository.files(in: "no/such/dir", at: head), [])
        XCTAssertEqual(try repository.files(in: "run.sh", at: head), [], "a file is not a directory")
    }

    func testEntryAtAPath() throws {
        let (repo, head) = try makeTree()
        let repository = try repo.open()

        let entry = try repository.entry(at: "modules/vpc/nested/inner.tf", in: head)
        XCTAssertEqual(entry?.path, "modules/vpc/nested/inner.tf")
        XCTAssertEqual(entry?.mode, .file)
        XCTAssertEqual(try repository.entry(at: "current", in: head)?.mode, .symlink)
        XCTAssertNil(try repository.entry(at: "modules/vpc", in: head), "a directory is not a file")
        XCTAssertNil(try repository.entry(at: "modules/missing.tf", in: head))
        XCTAssertNil(try repository.entry(at: "", in: head))
    }
}

import InfragateGit
import TestSupport
import XCTest

final class BlobTests: XCTestCase {
    func testReadsTextAndBinaryBlobsExactly() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        let binary: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xFF, 0x0A]
        try repo.write("README.md", "héllo\n")
        try repo.write("logo.png", Data(binary))
        try repo.write("empty", "")
        let head = try repo.commit("blobs")
        let repository = try repo.open()

        func blob(_ path: String) throws -> BlobContent {
            try repository.readBlob(XCTUnwrap(repository.entry(at: path, in: head)).blob, limit: 1024)
        }
        XCTAssertEqual(try blob("README.md"), .bytes(Array("héllo\n".utf8)))
        XCTAssertEqual(try blob("logo.png"), .bytes(binary))
        XCTAssertEqual(try blob("empty"), .bytes([]))
    }

    func testBlobOverTheLimitReportsOnlyItsSizeLooseAndPacked() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        let large = String(repeating: "RUN echo padding\n", count: 300)
        try repo.write("Dockerfile", large)
        try repo.commit("large")
        try repo.write("Dockerfile", large + "USER root\n")
        let head = try repo.commit("larger")
        let loose = try repo.objectID(repo.git("rev-parse", "HEAD:Dockerfile"))

        XCTAssertEqual(try repo.open().readBlob(loose, limit: 1024), .tooLarge(size: large.utf8.count + 10))
        XCTAssertEqual(try repo.open().readBlob(loose, limit: large.utf8.count + 10), .bytes(Array((large + "USER root\n").utf8)))

        try repo.git("gc", "-q", "--aggressive")
        let previous = try repo.objectID(repo.git("rev-parse", "\(head.hex)~1:Dockerfile"))
        XCTAssertEqual(try repo.open().readBlob(previous, limit: 1024), .tooLarge(size: large.utf8.count), "size of a (possibly deltified) packed blob")
        XCTAssertEqual(try repo.open().readBlob(loose, limit: 1024), .tooLarge(size: large.utf8.count + 10))
    }

    func testReadingACommitAsABlobOrAMissingObjectThrows() throws {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        let head = try repo.commit("empty")
        let repository = try repo.open()

        XCTAssertThrowsError(try repository.readBlob(head, limit: 1024))
        XCTAssertThrowsError(try repository.readBlob(XCTUnwrap(ObjectID(hex: String(repeating: "ab", count: 20))), limit: 1024))
    }
}

import Foundation
import InfragateRules
import TestSupport
import XCTest

/// The secrets scanner's compiled database is kept sealed in the repository's store, so the next
/// process loads it instead of compiling it; an entry the gate did not write is never trusted.
final class CompiledSecretsDatabaseTests: XCTestCase {
    func testTheCompiledDatabaseIsKeptAndAForgedOneIsReplaced() throws {
        let repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("README.md", "# app\n")
        try repository.commitAll("base")
        let rule = try XCTUnwrap(SecretsPack.rules.first { $0.id == "SECRET-GITHUB-PAT" })
        try repository.write("notes/token.txt", try XCTUnwrap(rule.triggering.first).unmarked.0 + "\n")
        try repository.commitAll("token")
        let arguments = ["check", "--repo", repository.path, "--base", "HEAD~1", "--head", "HEAD", "--format", "json"]

        let first = try InfragateBinary.run(arguments)
        XCTAssertTrue(first.stdout.contains("SECRET-GITHUB-PAT"), first.stdout + first.stderr)
        let folder = repository.root.appendingPathComponent(".git/infragate/secrets")
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("anchors-") }
        XCTAssertEqual(entries.count, 1, "one compiled database kept: \(entries)")
        let entry = folder.appendingPathComponent(try XCTUnwrap(entries.first))
        let kept = try Data(contentsOf: entry)

        // A forged entry (no valid seal) is compiled afresh, and the gate still finds the secret.
        try Data("AAAA\nnot-a-seal".utf8).write(to: entry)
        let second = try InfragateBinary.run(arguments)
        XCTAssertTrue(second.stdout.contains("SECRET-GITHUB-PAT"), second.stdout + second.stderr)
        XCTAssertEqual(try Data(contentsOf: entry).count, kept.count, "the forged entry was replaced by a compiled one")

        let third = try InfragateBinary.run(arguments)
        XCTAssertEqual(third.stdout, second.stdout, "a loaded database judges as a compiled one")
    }
}

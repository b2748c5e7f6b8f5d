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

    /// Where `$GIT_DIR/infragate` cannot be made (here a file stands in its place), the store moves to
    /// the user's cache folder, one subfolder per repository, with the same seal.
    func testAnUnwritableRepositoryStoreFallsBackToTheUserCache() throws {
        let repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("README.md", "# app\n")
        try repository.commitAll("base")
        try repository.write("notes/token.txt", try Self.githubToken() + "\n")
        try repository.commitAll("token")
        try Data("not a folder\n".utf8).write(to: repository.root.appendingPathComponent(".git/infragate"))
        let cache = repository.beside("cache")
        let arguments = ["check", "--repo", repository.path, "--base", "HEAD~1", "--head", "HEAD", "--format", "json"]

        let first = try InfragateBinary.run(arguments, environment: ["XDG_CACHE_HOME": cache.path])
        XCTAssertTrue(first.stdout.contains("SECRET-GITHUB-PAT"), first.stdout + first.stderr)
        let stores = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("infragate/repositories").path)
        XCTAssertEqual(stores.count, 1, "one store for the one repository: \(stores)")
        let entry = try Self.keptDatabase(in: cache.appendingPathComponent("infragate/repositories/\(try XCTUnwrap(stores.first))/secrets"))
        try assertForgedEntryIsReplaced(entry, arguments: arguments, environment: ["XDG_CACHE_HOME": cache.path], expected: first.stdout)
    }

    /// `scan PATH` on disk has no repository: the user's cache folder keeps the database.
    func testScanOnDiskKeepsTheDatabaseInTheUserCache() throws {
        let repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        let folder = repository.beside("loose")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data((try Self.githubToken() + "\n").utf8).write(to: folder.appendingPathComponent("token.txt"))
        let cache = repository.beside("cache")
        let arguments = ["scan", "--format", "json", "--", folder.appendingPathComponent("token.txt").path]

        let first = try InfragateBinary.run(arguments, environment: ["XDG_CACHE_HOME": cache.path])
        XCTAssertTrue(first.stdout.contains("SECRET-GITHUB-PAT"), first.stdout + first.stderr)
        let entry = try Self.keptDatabase(in: cache.appendingPathComponent("infragate/secrets"))
        try assertForgedEntryIsReplaced(entry, arguments: arguments, environment: ["XDG_CACHE_HOME": cache.path], expected: first.stdout)
    }

    private static func githubToken() throws -> String {
        let rule = try XCTUnwrap(SecretsPack.rules.first { $0.id == "SECRET-GITHUB-PAT" })
        return try XCTUnwrap(rule.triggering.first).unmarked.0
    }

    private static func keptDatabase(in folder: URL) throws -> URL {
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("anchors-") }
        XCTAssertEqual(entries.count, 1, "one compiled database kept: \(entries)")
        return folder.appendingPathComponent(try XCTUnwrap(entries.first))
    }

    /// A forged entry is compiled afresh and replaced; loaded or compiled, the report is the same.
    private func assertForgedEntryIsReplaced(_ entry: URL, arguments: [String], environment: [String: String], expected: String) throws {
        let kept = try Data(contentsOf: entry)
        try Data("AAAA\nnot-a-seal".utf8).write(to: entry)
        let forged = try InfragateBinary.run(arguments, environment: environment)
        XCTAssertEqual(forged.stdout, expected, "a forged entry is not trusted")
        XCTAssertEqual(try Data(contentsOf: entry).count, kept.count, "the forged entry was replaced by a compiled one")
        let loaded = try InfragateBinary.run(arguments, environment: environment)
        XCTAssertEqual(loaded.stdout, expected, "a loaded database judges as a compiled one")
    }
}

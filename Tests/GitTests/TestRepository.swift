import Foundation
import InfragateGit
import TestSupport
import XCTest

/// A throwaway repository built with the git CLI in its own temporary directory.
final class TestRepository {
    /// The temporary directory holding the repository (and anything else a test puts next to it).
    let root: URL
    /// The working tree.
    let path: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("infragate-git-tests-\(UUID().uuidString)")
        path = root.appendingPathComponent("repo").path
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main", path, in: root.path)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Runs git and returns its standard output without the trailing newline; throws when git fails.
    /// `Shell` keeps the caller's `GIT_*` variables and the machine's git configuration out.
    @discardableResult
    func git(_ arguments: String..., in directory: String? = nil, input: String? = nil,
             environment: [String: String] = [:]) throws -> String {
        let result = try Shell.run("/usr/bin/git", arguments, environment: environment, stdin: input, directory: directory ?? path)
        guard result.status == 0 else {
            throw GitError("git \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        }
        return result.stdout.trimmingCharacters(in: .newlines)
    }

    /// Writes a file of the working tree, creating its directories.
    func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, bytes: Array(text.utf8))
    }

    func write(_ relativePath: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        try Data(bytes).write(to: url)
    }

    func symlink(_ relativePath: String, to destination: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    func makeExecutable(_ relativePath: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    func delete(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: URL(fileURLWithPath: path).appendingPathComponent(relativePath))
    }

    /// Stages everything and commits; returns the new commit.
    @discardableResult
    func commit(_ message: String) throws -> ObjectID {
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message)
        return try head()
    }

    func head() throws -> ObjectID {
        try objectID(git("rev-parse", "HEAD"))
    }

    func objectID(_ hex: String) throws -> ObjectID {
        try XCTUnwrap(ObjectID(hex: hex), "git printed '\(hex)', not an object id")
    }

    func open() throws -> GitRepository {
        try GitRepository.open(at: path)
    }
}

extension XCTestCase {
    /// A fresh repository, removed when the test ends.
    func makeRepository() throws -> TestRepository {
        let repository = try TestRepository()
        addTeardownBlock { repository.remove() }
        return repository
    }
}

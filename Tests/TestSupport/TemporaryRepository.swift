import Foundation

/// A real git repository in a unique temporary folder, built with the `git` CLI (tests only;
/// the product never runs git). The repository is `repo/` inside `folder`, so that what must stay
/// outside it (other repositories, trusted policies, a folder outside any repository) goes beside it
/// and is removed with it when the test ends (even when its setup failed half way).
public final class TemporaryRepository: Sendable {
    /// The unique temporary folder holding the repository and whatever a test puts beside it.
    public let folder: URL
    /// The work tree, or the repository itself when bare.
    public let root: URL
    public var path: String { root.path }

    /// `removedAtTeardown` is given the removal to run when the test ends: pass XCTestCase's `addTeardownBlock`.
    /// (TestSupport does not import XCTest: the static release build, which builds every target, has no XCTest.)
    public init(bare: Bool = false, initialBranch: String = "main",
                removedAtTeardown registerTeardown: (@escaping () -> Void) -> Void) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragate-test-\(UUID().uuidString)")
        root = folder.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        registerTeardown({ [folder] in try? FileManager.default.removeItem(at: folder) })
        try git("init", "-q", "-b", initialBranch, bare ? "--bare" : nil)
    }

    /// A path beside the repository, inside `folder`.
    public func beside(_ name: String) -> URL {
        folder.appendingPathComponent(name)
    }

    /// Writes a file (creating folders) in the work tree, replacing what is there (a link is replaced, not followed).
    public func write(_ relativePath: String, _ contents: String) throws {
        try write(relativePath, Data(contents.utf8))
    }

    public func write(_ relativePath: String, _ data: Data) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        try data.write(to: url)
    }

    /// A symbolic link in the work tree (replacing what is there); git stores `destination` as its content.
    public func symlink(_ relativePath: String, to destination: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    public func makeExecutable(_ relativePath: String) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.appendingPathComponent(relativePath).path)
    }

    public func delete(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(relativePath))
    }

    /// Stages everything and commits; returns the new commit's sha.
    @discardableResult
    public func commitAll(_ message: String = "change") throws -> String {
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message)
        return try git("rev-parse", "HEAD")
    }

    /// Runs git in the repository, `input` on its standard input; returns trimmed standard output, throws on failure.
    @discardableResult
    public func git(_ arguments: String?..., input: String? = nil, environment: [String: String] = [:]) throws -> String {
        let result = try Shell.run("/usr/bin/env", ["git", "-C", path] + arguments.compactMap { $0 }, environment: environment, stdin: input)
        guard result.status == 0 else {
            throw Shell.Failure(command: "git \(arguments.compactMap { $0 }.joined(separator: " "))", result: result)
        }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Runs a program and captures its output.
public enum Shell {
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public let command: String
        public let result: Result
        public var description: String { "\(command) exited \(result.status): \(result.stderr)" }
    }

    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                           stdin: String? = nil, directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // Neither the caller's git environment nor the machine's git configuration may leak in.
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") && !$0.key.hasPrefix("GL_") }
        for key in ["GITHUB_STEP_SUMMARY", "GITHUB_USER_LOGIN", "GITEA_PUSHER_NAME", "INFRAGATE_POLICY"] {
            env.removeValue(forKey: key)
        }
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        // Not /dev/null: a `git config --global` would replace it with a regular file (lock and rename).
        env["GIT_CONFIG_GLOBAL"] = EmptyGlobalConfig.path
        for role in ["AUTHOR", "COMMITTER"] {
            env["GIT_\(role)_NAME"] = "infragate-tests"
            env["GIT_\(role)_EMAIL"] = "tests@infragate.invalid"
        }
        env.merge(environment) { _, new in new }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        // waitUntilExit() polls a run loop every 50 ms; a termination handler wakes as soon as the child exits.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes concurrently so a chatty child cannot fill one and block.
        let errors = ErrorCollector()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errors.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errData = errors.data
        exited.wait()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// An empty git configuration file of this test process, in a folder of its own that is read-only, so a
/// `git config --global` fails loudly instead of changing what every other git call of the run reads.
/// Removed when the process exits.
private enum EmptyGlobalConfig {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infragate-test-gitconfig-\(UUID().uuidString)")

    static let path: String = {
        let file = folder.appendingPathComponent("config")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data().write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        } catch {
            fatalError("cannot create the tests' empty git configuration at \(file.path): \(error)")
        }
        atexit {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: EmptyGlobalConfig.folder.path)
            try? FileManager.default.removeItem(at: EmptyGlobalConfig.folder)
        }
        return file.path
    }()
}

/// Standard error read on another queue; the dispatch group orders the write before the read.
private final class ErrorCollector: @unchecked Sendable {
    var data = Data()
}

/// The `infragate` executable built beside the test bundle.
public enum InfragateBinary {
    public static var path: String {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [products, products.deletingLastPathComponent()].map { $0.appendingPathComponent("infragate").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    public static func run(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> Shell.Result {
        try Shell.run(path, arguments, environment: environment, directory: directory)
    }
}

import Foundation

/// A real bare repository with infragate installed as its pre-receive hook, and a clone that
/// pushes to it with a real `git push`.
public final class HookedServer: Sendable {
    public let bare: TemporaryRepository
    public let clone: TemporaryRepository

    /// `hookArguments` go after `infragate pre-receive` in the installed hook; `removedAtTeardown`
    /// (XCTestCase's `addTeardownBlock`) removes both repositories when the test ends.
    public init(hookArguments: [String] = [], policy: String? = nil,
                removedAtTeardown registerTeardown: (@escaping () -> Void) -> Void) throws {
        bare = try TemporaryRepository(bare: true, removedAtTeardown: registerTeardown)
        try bare.git("config", "receive.advertisePushOptions", "true")
        clone = try TemporaryRepository(removedAtTeardown: registerTeardown)
        try clone.git("remote", "add", "origin", bare.path)
        var arguments = hookArguments
        if let policy {
            let policyPath = root.appendingPathComponent("server-policy.yml").path
            try policy.write(toFile: policyPath, atomically: true, encoding: .utf8)
            arguments += ["--policy", policyPath]
        }
        try installHook(arguments: arguments)
    }

    /// A folder for files beside the repositories (policies, reports), removed with them.
    public var root: URL { bare.folder }

    /// Writes a policy file beside the repositories (removed with them); returns its path.
    public func writePolicy(_ text: String) throws -> String {
        let path = root.appendingPathComponent("policy-\(UUID().uuidString).yml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    public func installHook(arguments: [String]) throws {
        let quoted = ([InfragateBinary.path, "pre-receive"] + arguments).map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }
        let script = "#!/bin/sh\nexec \(quoted.joined(separator: " "))\n"
        let hook = bare.root.appendingPathComponent("hooks/pre-receive")
        try script.write(to: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
    }

    /// Pushes from the clone; returns the result (status 0 = accepted) with git's combined output.
    public func push(_ arguments: String..., environment: [String: String] = [:]) throws -> Shell.Result {
        try Shell.run("/usr/bin/env", ["git", "-C", clone.path, "push", "--porcelain", "origin"] + arguments, environment: environment)
    }
}

import Foundation
import TestSupport
import XCTest

/// Files that the gate must refuse or accept, shared by the trust suites: each attack has a clean twin.
enum TrustFixtures {
    /// Fails the default policy (root user, unpinned base, pipe to shell).
    static let rootDockerfile = """
        FROM ubuntu:latest
        USER root
        RUN curl -fsSL https://example.com/install.sh | sh
        CMD ["sh"]
        """
    /// Only a medium finding (SSH port exposed): below the default fail_on, above a strict protected one.
    static let mediumDockerfile = Fixtures.cleanDockerfile + "\nEXPOSE 22\n"
}

/// A real bare repository with the hook installed, removed after each test.
class TrustTestCase: XCTestCase {
    var server: HookedServer!

    /// Starts a server with `policy` (nil: no policy anywhere, the built-in defaults) and a clean first commit.
    func start(policy: String? = nil, hookArguments: [String] = []) throws {
        server = try HookedServer(hookArguments: hookArguments, policy: policy, removedAtTeardown: addTeardownBlock)
        try server.clone.write("app/Dockerfile", Fixtures.cleanDockerfile)
        try server.clone.commitAll("base")
    }

    /// Runs `work` with a hook that accepts everything (history from before the gate), then puts the gate back.
    func withoutGate(_ work: () throws -> Void) throws {
        let hook = server.bare.root.appendingPathComponent("hooks/pre-receive")
        let gate = try Data(contentsOf: hook)
        try Data("#!/bin/sh\nexit 0\n".utf8).write(to: hook)
        defer { try? gate.write(to: hook) }
        try work()
    }

    func assertAccepted(_ result: Shell.Result, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 0, "expected the push to be accepted:\n\(result.stderr)", file: file, line: line)
    }

    /// The JSON verdict a hook started with `--format json` printed, from git's `remote:` lines.
    func pushJSON(_ result: Shell.Result, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            guard line.hasPrefix("remote: ") else { return nil }
            var text = String(line.dropFirst("remote: ".count))
            // git pads each relayed line with spaces to overwrite progress output.
            while text.last == " " { text.removeLast() }
            return text
        }
        guard let start = lines.firstIndex(of: "{"), let end = lines.lastIndex(of: "}"),
              let object = try JSONSerialization.jsonObject(with: Data(lines[start...end].joined(separator: "\n").utf8)) as? [String: Any] else {
            XCTFail("no JSON verdict in the push output:\n\(result.stderr)", file: file, line: line)
            return [:]
        }
        return object
    }

    /// Per ref of a JSON verdict: (new commits, of which from the cache).
    func commitCounts(_ verdict: [String: Any], ref: String) -> (new: Int, cached: Int)? {
        let refs = verdict["refs"] as? [[String: Any]] ?? []
        guard let entry = refs.first(where: { $0["ref"] as? String == ref }) else { return nil }
        return (entry["newCommits"] as? Int ?? -1, entry["commitsFromCache"] as? Int ?? -1)
    }

    func assertRefused(_ result: Shell.Result, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNotEqual(result.status, 0, "expected the push to be refused:\n\(result.stderr)", file: file, line: line)
    }
}

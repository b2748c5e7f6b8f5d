import Foundation
import TestSupport
import XCTest

/// Files that the gate must refuse or accept, shared by the trust suites: each attack has a clean twin.
enum TrustFixtures {
    static let cleanDockerfile = """
        FROM alpine:3.20@sha256:77726ef6b57ddf65bb551896826ec38bc3e53f75cdde31354fbffb4f25238ebd
        USER 10001
        HEALTHCHECK CMD ["true"]
        CMD ["sh"]
        """
    /// Fails the default policy (root user, unpinned base, pipe to shell).
    static let rootDockerfile = """
        FROM ubuntu:latest
        USER root
        RUN curl -fsSL https://example.com/install.sh | sh
        CMD ["sh"]
        """
}

/// A real bare repository with the hook installed, removed after each test.
class TrustTestCase: XCTestCase {
    var server: HookedServer!

    override func tearDown() {
        server?.remove()
        super.tearDown()
    }

    /// Starts a server with `policy` (nil: no policy anywhere, the built-in defaults) and a clean first commit.
    func start(policy: String? = nil, hookArguments: [String] = []) throws {
        server = try HookedServer(hookArguments: hookArguments, policy: policy)
        try server.clone.write("app/Dockerfile", TrustFixtures.cleanDockerfile)
        try server.clone.commitAll("base")
    }

    func assertAccepted(_ result: Shell.Result, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 0, "expected the push to be accepted:\n\(result.stderr)", file: file, line: line)
    }

    func assertRefused(_ result: Shell.Result, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNotEqual(result.status, 0, "expected the push to be refused:\n\(result.stderr)", file: file, line: line)
    }
}

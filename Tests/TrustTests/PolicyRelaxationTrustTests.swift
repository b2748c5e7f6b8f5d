import Foundation
import TestSupport
import XCTest

/// When the policy comes from `.infragate.yml` on the default branch, a change that relaxes it is
/// `GATE-POLICY-RELAXED`: relaxing takes an authorised act, not just a push.
final class PolicyRelaxationTrustTests: TrustTestCase {
    static let repositoryPolicy = """
        version: 1
        fail_on: high
        protected:
          refs: ["main", "release/*"]
        bypass:
          enabled: true
          allow: ["alice"]
          identity: env:REMOTE_USER
        """

    /// A server that reads its policy from the repository: the first push lands it without the gate.
    private func startWithRepositoryPolicy() throws {
        server = try HookedServer(removedAtTeardown: addTeardownBlock)
        try server.clone.write("app/Dockerfile", Fixtures.cleanDockerfile)
        try server.clone.write(".infragate.yml", Self.repositoryPolicy)
        try server.clone.commitAll("base with policy")
        try withoutGate { assertAccepted(try server.push("main")) }
    }

    private func pushPolicy(_ text: String) throws -> Shell.Result {
        try server.clone.write(".infragate.yml", text)
        try server.clone.commitAll("policy change")
        return try server.push("main")
    }

    func testEachKindOfRelaxationIsRefusedAndNamed() throws {
        try startWithRepositoryPolicy()
        let relaxations: [(String, String)] = [
            (Self.repositoryPolicy.replacingOccurrences(of: "fail_on: high", with: "fail_on: critical"), "fail_on raised from high to critical"),
            (Self.repositoryPolicy + "\nrules:\n  DOCKER-ROOT-USER: off\n", "rule DOCKER-ROOT-USER turned off"),
            (Self.repositoryPolicy + "\nrules:\n  DOCKER-ROOT-USER: { severity: low }\n", "rule DOCKER-ROOT-USER lowered from high to low"),
            (Self.repositoryPolicy + "\npaths:\n  exclude: [\"app/**\"]\n", "paths.exclude adds app/**"),
            (Self.repositoryPolicy + "\nwaivers:\n  - rule: DOCKER-ROOT-USER\n    reason: later\n", "waiver added for DOCKER-ROOT-USER"),
            (Self.repositoryPolicy.replacingOccurrences(of: "[\"main\", \"release/*\"]", with: "[\"main\"]"), "no longer protects release/*"),
            (Self.repositoryPolicy.replacingOccurrences(of: "allow: [\"alice\"]", with: "allow: [\"alice\", \"mallory\"]"), "bypass.allow adds mallory"),
            (Self.repositoryPolicy + "\non_timeout: accept\n", "on_timeout changed to accept"),
            (Self.repositoryPolicy + "\nscan: tip\n", "scan changed from each-commit to tip"),
            (Self.repositoryPolicy + "\nexisting_findings: warn\n", "existing_findings changed from fail to warn"),
            (Self.repositoryPolicy + "\nmode: report\n", "mode changed from enforce to report"),
        ]
        for (text, named) in relaxations {
            let result = try pushPolicy(text)
            assertRefused(result)
            XCTAssertTrue(result.stderr.contains("GATE-POLICY-RELAXED"), "\(named): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(named), "\(named): \(result.stderr)")
            try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        }
    }

    func testTwoStepRelaxationsAreRefusedToo() throws {
        try startWithRepositoryPolicy()
        // Deleting the policy falls back to the built-in defaults, which protect less.
        try server.clone.delete(".infragate.yml")
        try server.clone.commitAll("drop the policy")
        assertRefused(try server.push("main"))
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        // A policy that no longer reads would stop every later push.
        let broken = try pushPolicy("version: 1\nfail_on: [\n")
        assertRefused(broken)
        XCTAssertTrue(broken.stderr.contains("GATE-PARSE-ERROR"), broken.stderr)
        try server.clone.git("reset", "-q", "--hard", "HEAD~1")
        // Relaxed on a side branch first, then fast-forwarded onto main.
        try server.clone.git("checkout", "-q", "-b", "side")
        try server.clone.write(".infragate.yml", Self.repositoryPolicy.replacingOccurrences(of: "fail_on: high", with: "fail_on: critical"))
        try server.clone.commitAll("relax on a side branch")
        assertAccepted(try server.push("side"))
        assertRefused(try server.push("side:main"))
        // An inline suppression cannot hide it.
        try server.clone.write(".infragate.yml", "# infragate:ignore GATE-POLICY-RELAXED approved\n"
            + Self.repositoryPolicy.replacingOccurrences(of: "fail_on: high", with: "fail_on: critical"))
        try server.clone.commitAll("suppress it")
        assertRefused(try server.push("side:main"))
    }

    func testRewindingTheDefaultBranchToALaxerPolicyIsRefused() throws {
        // Force pushes allowed, so only the relaxation can stop the rewind.
        let rewindable = Self.repositoryPolicy.replacingOccurrences(of: "refs: [\"main\", \"release/*\"]",
                                                                  with: "refs: [\"main\", \"release/*\"]\n  deny_force_push: false")
        server = try HookedServer(removedAtTeardown: addTeardownBlock)
        try server.clone.write(".infragate.yml", rewindable)
        try server.clone.commitAll("lax")
        try server.clone.write(".infragate.yml", rewindable.replacingOccurrences(of: "fail_on: high", with: "fail_on: medium"))
        try server.clone.commitAll("strict")
        try withoutGate { assertAccepted(try server.push("main")) }
        let rewind = try server.push("--force", "main~1:main")
        assertRefused(rewind)
        XCTAssertTrue(rewind.stderr.contains("fail_on raised from medium to high"), rewind.stderr)
    }

    func testTighteningOrRewordingThePolicyIsAccepted() throws {
        try startWithRepositoryPolicy()
        assertAccepted(try pushPolicy(Self.repositoryPolicy.replacingOccurrences(of: "fail_on: high", with: "fail_on: medium")))
        assertAccepted(try pushPolicy("# owned by the platform team\n" + Self.repositoryPolicy
            .replacingOccurrences(of: "fail_on: high", with: "fail_on: medium")
            .replacingOccurrences(of: "[\"main\", \"release/*\"]", with: "[\"refs/heads/main\", \"release/**\"]")))
    }

    func testAnAllowedBypassRelaxesThePolicyDeliberately() throws {
        try startWithRepositoryPolicy()
        try server.clone.write(".infragate.yml", Self.repositoryPolicy.replacingOccurrences(of: "fail_on: high", with: "fail_on: critical"))
        try server.clone.commitAll("relax, approved")
        let result = try server.push("-o", "infragate.bypass=SEC-9 approved relaxation", "main", environment: ["REMOTE_USER": "alice"])
        assertAccepted(result)
        XCTAssertTrue(result.stderr.contains("AUDIT: bypass by alice"), result.stderr)
    }

    func testServerPolicyMakesTheRepositoryFileInert() throws {
        try start(policy: "version: 1\n")
        assertAccepted(try server.push("main"))
        assertAccepted(try pushPolicy("version: 1\nfail_on: critical\n"))
    }

    func testPullRequestCheckReportsARelaxation() throws {
        let repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write(".infragate.yml", Self.repositoryPolicy)
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "relax")
        try repository.write(".infragate.yml", Self.repositoryPolicy + "\nrules:\n  DOCKER-ROOT-USER: off\n")
        try repository.commitAll("relax")
        let result = try InfragateBinary.run(["check", "--repo", repository.path, "--base", "main", "--head", "relax"])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("GATE-POLICY-RELAXED"), result.stdout)
        XCTAssertTrue(result.stdout.contains("rule DOCKER-ROOT-USER turned off"), result.stdout)
    }
}

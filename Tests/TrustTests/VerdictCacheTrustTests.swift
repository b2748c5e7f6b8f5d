import Foundation
import TestSupport
import XCTest

/// The verdict cache spares re-judging commits already accepted under the same policy, and is never
/// trusted when it is corrupt or was not written by this gate for this repository.
final class VerdictCacheTrustTests: TrustTestCase {
    static let eachCommitEverywhere = "version: 1\nscan: each-commit\n"

    private func pushCleanFeature(commits: Int) throws {
        try start(policy: Self.eachCommitEverywhere, hookArguments: ["--format", "json"])
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "-b", "feature")
        for index in 0..<commits {
            try server.clone.write("app/notes-\(index).txt", "note \(index)\n")
            try server.clone.commitAll("note \(index)")
        }
        let feature = try server.push("feature")
        assertAccepted(feature)
        XCTAssertEqual(commitCounts(try pushJSON(feature), ref: "refs/heads/feature")?.cached, 0)
    }

    func testFastForwardingMainToAReviewedBranchUsesTheCache() throws {
        try pushCleanFeature(commits: 3)
        let fastForward = try server.push("feature:main")
        assertAccepted(fastForward)
        let counts = commitCounts(try pushJSON(fastForward), ref: "refs/heads/main")
        XCTAssertEqual(counts?.new, 3, "every commit new to main counts")
        XCTAssertEqual(counts?.cached, 3, "and none of them is judged again")
    }

    func testCorruptOrForgedEntriesAreIgnored() throws {
        try start(policy: Self.eachCommitEverywhere, hookArguments: ["--format", "json"])
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "-b", "feature")
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        let bad = try server.clone.commitAll("bad")
        try server.clone.write("app/Dockerfile", Fixtures.cleanDockerfile)
        let fixed = try server.clone.commitAll("fixed")
        // Pushed without the gate (say, before it was installed); the cache knows none of it.
        try withoutGate { assertAccepted(try server.push("feature")) }

        // Someone with write access to the server forges "no findings" entries for both commits.
        let verdicts = server.bare.root.appendingPathComponent("infragate/verdicts")
        let contexts = try FileManager.default.contentsOfDirectory(atPath: verdicts.path)
        XCTAssertEqual(contexts.count, 1, "one judging context so far")
        let directory = verdicts.appendingPathComponent(contexts[0])
        for commit in [bad, fixed] {
            let forged = "infragate-verdict 1 \(commit) \(contexts[0]) none - 0000000000000000000000000000000000000000"
            try forged.write(to: directory.appendingPathComponent(commit), atomically: true, encoding: .utf8)
        }
        let forgedPush = try server.push("feature:main")
        assertRefused(forgedPush)
        XCTAssertEqual(commitCounts(try pushJSON(forgedPush), ref: "refs/heads/main")?.cached, 0)

        // Garbage in an entry is no verdict either.
        try Data([0xFF, 0x00, 0x41]).write(to: directory.appendingPathComponent(bad))
        assertRefused(try server.push("feature:main"))
    }

    func testAChangedPolicyDoesNotReuseVerdictsOfTheOldOne() throws {
        try pushCleanFeature(commits: 2)
        try server.installHook(arguments: ["--format", "json", "--policy", try server.writePolicy(Self.eachCommitEverywhere + "fail_on: medium\n")])
        let fastForward = try server.push("feature:main")
        assertAccepted(fastForward)
        XCTAssertEqual(commitCounts(try pushJSON(fastForward), ref: "refs/heads/main")?.cached, 0)
    }

    func testAFailingCommitIsJudgedAgainSoItsFindingsAreShown() throws {
        try start(policy: Self.eachCommitEverywhere, hookArguments: ["--format", "json"])
        assertAccepted(try server.push("main"))
        try server.clone.write("app/Dockerfile", TrustFixtures.rootDockerfile)
        try server.clone.commitAll("bad")
        assertRefused(try server.push("main"))
        let again = try server.push("main")
        assertRefused(again)
        let refs = try pushJSON(again)["refs"] as? [[String: Any]]
        let findings = (refs?.first?["report"] as? [String: Any])?["findings"] as? [Any]
        XCTAssertFalse(findings?.isEmpty ?? true, "the second refusal still lists the findings")
    }

}

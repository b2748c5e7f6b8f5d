import Foundation
import InfragateEngine
import TestSupport
import XCTest

/// The project's own container image, GitHub Action and CI templates pass the gate's rules, and the
/// local loop (`scan PATH`) behaves as a person expects.
final class ProjectFilesTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var scratch: TemporaryRepository!

    override func setUpWithError() throws {
        scratch = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
    }

    private func copy(_ source: String, to destination: String) throws {
        try scratch.write(destination, try String(contentsOf: Self.root.appendingPathComponent(source), encoding: .utf8))
    }

    func testTheProjectsOwnInfrastructureFilesPassWithoutWarnings() throws {
        // Each under the name its consumer reads it by, so the right pack judges it.
        try copy("Dockerfile", to: "Dockerfile")
        try copy("action.yml", to: "action.yml")
        try copy("ci-templates/github-actions.yml", to: ".github/workflows/infragate.yml")
        try copy("ci-templates/gitlab-ci.yml", to: ".gitlab-ci.yml")
        let run = try InfragateBinary.run(["scan", scratch.path, "--format", "json"])
        XCTAssertEqual(run.status, ExitStatus.passed, run.stdout + run.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let decision = try XCTUnwrap(report["decision"] as? [String: Any])
        XCTAssertEqual(decision["warnings"] as? Int, 0, run.stdout)
        XCTAssertEqual((report["scanned"] as? [Any])?.count, 4, "every file was recognised: \(run.stdout)")
    }

    func testScanOnDiskHonoursTheLocalPolicySkipsToolFoldersAndNamesFilesItDoesNotJudge() throws {
        try scratch.write("Dockerfile", GateCheckTests.badDockerfile)
        try scratch.write("node_modules/pkg/Dockerfile", GateCheckTests.badDockerfile)
        try scratch.write(".terraform/modules/x/main.tf", "resource \"aws_s3_bucket_acl\" \"a\" { acl = \"public-read\" }\n")
        try scratch.write("README.md", "# app\n")
        try scratch.write(".infragate.yml", "version: 1\nfail_on: critical\n")

        let folder = try InfragateBinary.run(["scan", scratch.path, "--format", "json"])
        XCTAssertEqual(folder.status, ExitStatus.passed, "the local policy fails only on critical: \(folder.stdout)")
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(folder.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((report["scanned"] as? [[String: Any]])?.compactMap { $0["path"] as? String }, ["Dockerfile"])
        XCTAssertTrue((report["policySource"] as? String)?.contains(".infragate.yml") == true, "\(report["policySource"] ?? "")")
        let notices = report["notices"] as? [String] ?? []
        XCTAssertTrue(notices.contains { $0.contains(".terraform/, node_modules/") }, "\(notices)")

        let named = try InfragateBinary.run(["scan", scratch.root.appendingPathComponent("README.md").path, "--no-color"])
        XCTAssertEqual(named.status, ExitStatus.passed)
        XCTAssertTrue(named.stdout.contains("README.md is not an infrastructure file infragate recognises"), named.stdout)
    }
}

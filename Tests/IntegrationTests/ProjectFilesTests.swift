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

    /// The release binary starts only where its libraries exist: every job that installs it must run
    /// on Debian 12 (whose libgit2 and Vectorscan the build links) and install the packages of exactly
    /// the libraries the binary names. Ubuntu 24.04 ships libgit2 1.7, so a job there cannot start it.
    func testEveryInstallerRunsOnTheSystemTheBinaryWasBuiltForAndInstallsItsLibraries() throws {
        let needed = try Shell.run("/usr/bin/env", ["readelf", "-d", InfragateBinary.path]).stdout
            .matches(of: #/\(NEEDED\)[^\[]*\[([^\]]+)\]/#).map { String($0.1) }
        // The Debian 12 package of each versioned library the gate brings (the C library is everywhere).
        let packages = ["libgit2.so.1.5": "libgit2-1.5", "libhs.so.5": "libvectorscan5"]
        let linked = needed.filter { $0.hasPrefix("libgit2") || $0.hasPrefix("libhs") }
        XCTAssertEqual(Set(linked), Set(packages.keys), "the binary links \(needed): update the packages below and in every installer")
        let installers = ["action.yml", "ci-templates/github-actions.yml", "ci-templates/gitlab-ci.yml", "Dockerfile"]
        for installer in installers {
            let text = try String(contentsOf: Self.root.appendingPathComponent(installer), encoding: .utf8)
            for package in packages.values {
                XCTAssertTrue(text.contains(package), "\(installer) does not install \(package)")
            }
            XCTAssertFalse(text.contains("libgit2-1.7"), "\(installer) installs a libgit2 the binary does not link")
        }
        let github = try String(contentsOf: Self.root.appendingPathComponent("ci-templates/github-actions.yml"), encoding: .utf8)
        XCTAssertTrue(github.contains("container: debian:12"), "the GitHub template's job must run in Debian 12")
        let gitlab = try String(contentsOf: Self.root.appendingPathComponent("ci-templates/gitlab-ci.yml"), encoding: .utf8)
        XCTAssertTrue(gitlab.contains("image: debian:bookworm-slim"), "the GitLab template's job must run in Debian 12")
        let action = try String(contentsOf: Self.root.appendingPathComponent("action.yml"), encoding: .utf8)
        XCTAssertTrue(action.contains(#"[ "${VERSION_ID:-}" != 12 ]"#), "the action must stop, with advice, on any system but Debian 12")
        XCTAssertTrue(action.contains("bin/infragate\" --version") && github.contains("bin/infragate\" --version"),
                      "the install steps must start the binary once, so a missing library fails there")
    }
}

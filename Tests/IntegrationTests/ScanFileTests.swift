import Foundation
import TestSupport
import XCTest

/// `scan FILE` of one file of a work tree judges it from the work tree's top, as `check` does: a
/// workflow sees the local action it calls, wherever the scan is started from.
final class ScanFileTests: XCTestCase {
    private var repository: TemporaryRepository!

    private static let workflow = """
        on: pull_request
        permissions: {}
        jobs:
          greet:
            runs-on: ubuntu-latest
            steps:
              - uses: ./.github/actions/greet
                with:
                  title: ${{ github.event.pull_request.title }}

        """

    private static func action(_ script: String) -> String {
        "name: Greet\ninputs:\n  title: {required: true}\nruns:\n  using: composite\n  steps:\n    - shell: bash\n"
            + "      env:\n        TITLE: ${{ inputs.title }}\n      run: \(script)\n"
    }

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write(".github/workflows/greet.yml", Self.workflow)
    }

    private func scan(_ path: String, from directory: String) throws -> Shell.Result {
        try InfragateBinary.run(["scan", path, "--no-color"], directory: directory)
    }

    func testAWorkflowScannedAloneSeesTheLocalActionItCalls() throws {
        try repository.write(".github/actions/greet/action.yml", Self.action(#"echo "Thanks for ${{ env.TITLE }}""#))
        let workflows = repository.root.appendingPathComponent(".github/workflows").path
        for (path, directory) in [(".github/workflows/greet.yml", repository.path), ("greet.yml", workflows),
                                  (repository.root.appendingPathComponent(".github/workflows/greet.yml").path, NSTemporaryDirectory())] {
            let result = try scan(path, from: directory)
            XCTAssertEqual(result.status, 1, "\(path) from \(directory):\n\(result.stdout)\(result.stderr)")
            XCTAssertTrue(result.stdout.contains(".github/workflows/greet.yml:9  GHA-LOCAL-ACTION-INPUT-INJECTION"), result.stdout)
        }
    }

    func testAWorkflowWhoseLocalActionReadsAShellVariablePasses() throws {
        try repository.write(".github/actions/greet/action.yml", Self.action(#"echo "Thanks for $TITLE""#))
        let result = try scan(".github/workflows/greet.yml", from: repository.path)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("Scanned 1 file"), result.stdout)
    }

    /// Outside any work tree a file is judged on its own, named as given.
    func testAFileOutsideAnyWorkTreeIsJudgedAsNamed() throws {
        let outside = repository.beside("loose")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("FROM ubuntu:latest\nUSER root\n".utf8).write(to: outside.appendingPathComponent("Dockerfile"))
        let result = try scan("loose/Dockerfile", from: repository.folder.path)
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("loose/Dockerfile:2  DOCKER-ROOT-USER"), result.stdout)
    }
}

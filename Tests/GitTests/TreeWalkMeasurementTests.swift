import CLibgit2
import Foundation
import InfragateGit
import TestSupport
import XCTest

/// A throwaway timing, kept out of the normal run:
/// `INFRAGATE_MEASURE=1 swift test --skip-build --filter TreeWalkMeasurementTests`.
final class TreeWalkMeasurementTests: XCTestCase {
    func testChangesCostFollowsTheChangeNotTheRepository() throws {
        guard ProcessInfo.processInfo.environment["INFRAGATE_MEASURE"] == "1" else {
            throw XCTSkip("a timing, not a check; set INFRAGATE_MEASURE=1 to run it")
        }
        for fileCount in [1_000, 100_000] {
            let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
            try generateHistory(in: repo, fileCount: fileCount, changedFiles: 5)
            let base = try repo.objectID(repo.git("rev-parse", "main~1"))
            let head = try repo.objectID(repo.git("rev-parse", "main"))

            var openings: [Double] = []
            var comparisons: [Double] = []
            for _ in 0..<9 {
                let start = DispatchTime.now().uptimeNanoseconds
                let repository = try repo.open()
                let opened = DispatchTime.now().uptimeNanoseconds
                let changes = try repository.changes(from: base, to: head)
                let compared = DispatchTime.now().uptimeNanoseconds
                openings.append(Double(opened - start) / 1_000_000)
                comparisons.append(Double(compared - opened) / 1_000_000)
                XCTAssertEqual(changes.count, 5)
            }
            let baseline = (0..<9).map { _ in libgit2TreeDiffMilliseconds(repo.path, base, head) }
            print(String(format: "5 files changed among %d: changes(from:to:) median %.2f ms (first %.2f), open median %.2f ms; git_diff_tree_to_tree median %.2f ms",
                         fileCount, median(comparisons), comparisons[0], median(openings), median(baseline)))
        }
    }

    /// The baseline the tree walk replaces: libgit2's own tree-to-tree diff (no rename detection).
    private func libgit2TreeDiffMilliseconds(_ path: String, _ base: ObjectID, _ head: ObjectID) -> Double {
        var repository: OpaquePointer?
        XCTAssertEqual(git_repository_open(&repository, path), 0)
        defer { git_repository_free(repository) }
        func tree(_ revision: ObjectID) -> OpaquePointer? {
            var object: OpaquePointer?
            XCTAssertEqual(git_revparse_single(&object, repository, revision.hex + "^{tree}"), 0)
            return object
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let old = tree(base)
        let new = tree(head)
        defer { git_object_free(old); git_object_free(new) }
        var diff: OpaquePointer?
        XCTAssertEqual(git_diff_tree_to_tree(&diff, repository, old, new, nil), 0)
        defer { git_diff_free(diff) }
        XCTAssertEqual(git_diff_num_deltas(diff), 5)
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    private func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }

    /// Two commits built with `git fast-import`: `fileCount` files in directories of 100 (ten
    /// subdirectories per top-level directory), then a commit changing `changedFiles` spread across them.
    private func generateHistory(in repo: TemporaryRepository, fileCount: Int, changedFiles: Int) throws {
        let topLevelDirectories = max(1, fileCount / 1_000)
        func path(_ index: Int) -> String {
            String(format: "d%03d/s%02d/f%03d.tf", index / 1_000, index / 100 % 10, index % 100)
        }
        func inlineFile(_ path: String, _ text: String) -> String {
            "M 100644 inline \(path)\ndata \(text.utf8.count)\n\(text)\n"
        }
        let committer = "committer Infragate Tests <tests@infragate.invalid> 1700000000 +0000\n"
        var stream = "commit refs/heads/main\nmark :1\n\(committer)data 4\nbase\n"
        for index in 0..<fileCount {
            stream += inlineFile(path(index), "resource \"null_resource\" \"r\(index)\" {}\n")
        }
        stream += "commit refs/heads/main\n\(committer)data 6\nchange\nfrom :1\n"
        for change in 0..<changedFiles {
            let index = change * topLevelDirectories / changedFiles * 1_000 + change * 7
            stream += inlineFile(path(index), "resource \"null_resource\" \"changed\(change)\" {}\n")
        }
        try repo.git("fast-import", "--quiet", input: stream)
    }
}

import InfragateGit
import TestSupport
import XCTest

final class HistoryTests: XCTestCase {
    /// main: first ← second ← third; tags on second.
    private func makeLinearHistory() throws -> (TemporaryRepository, [ObjectID]) {
        let repo = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        var commits: [ObjectID] = []
        for index in 1...3 {
            try repo.write("file.txt", "version \(index)\n")
            commits.append(try repo.commit("commit \(index)"))
        }
        try repo.git("tag", "light", commits[1].hex)
        try repo.git("tag", "-a", "-m", "annotated", "v1.0", commits[1].hex)
        return (repo, commits)
    }

    func testResolvesEveryKindOfRevision() throws {
        let (repo, commits) = try makeLinearHistory()
        let repository = try repo.open()

        XCTAssertEqual(try repository.resolveCommit("main"), commits[2])
        XCTAssertEqual(try repository.resolveCommit("refs/heads/main"), commits[2])
        XCTAssertEqual(try repository.resolveCommit("HEAD"), commits[2])
        XCTAssertEqual(try repository.resolveCommit("HEAD~2"), commits[0])
        XCTAssertEqual(try repository.resolveCommit(commits[1].hex), commits[1])
        XCTAssertEqual(try repository.resolveCommit(commits[1].short), commits[1])
        XCTAssertEqual(try repository.resolveCommit("light"), commits[1])
        XCTAssertEqual(try repository.resolveCommit("v1.0"), commits[1], "an annotated tag is peeled to its commit")
        XCTAssertEqual(try repository.resolveCommit("refs/tags/v1.0"), commits[1])
    }

    func testUnknownRevisionThrowsAnErrorNamingIt() throws {
        let (repo, _) = try makeLinearHistory()
        let repository = try repo.open()

        XCTAssertThrowsError(try repository.resolveCommit("no-such-branch")) { error in
            XCTAssertTrue("\(error)".contains("no-such-branch"), "\(error)")
        }
        XCTAssertThrowsError(try repository.resolveCommit("HEAD~9"))
        XCTAssertThrowsError(try repository.resolveCommit("HEAD:file.txt"), "a blob is not a commit")
    }

    func testMergeBaseOfDivergedBranches() throws {
        let (repo, commits) = try makeLinearHistory()
        try repo.git("checkout", "-q", "-b", "feature", commits[1].hex)
        try repo.write("feature.txt", "feature\n")
        let feature = try repo.commit("feature work")
        let repository = try repo.open()

        XCTAssertEqual(try repository.mergeBase(commits[2], feature), commits[1])
        XCTAssertEqual(try repository.mergeBase(feature, commits[2]), commits[1])
    }

    func testUnrelatedHistoriesHaveNoMergeBase() throws {
        let (repo, commits) = try makeLinearHistory()
        try repo.git("checkout", "-q", "--orphan", "other")
        try repo.write("other.txt", "unrelated\n")
        let other = try repo.commit("unrelated root")

        XCTAssertNil(try repo.open().mergeBase(commits[2], other))
    }

    func testParentsAndAncestry() throws {
        let (repo, commits) = try makeLinearHistory()
        try repo.git("checkout", "-q", "-b", "feature", commits[0].hex)
        try repo.write("feature.txt", "feature\n")
        let feature = try repo.commit("feature work")
        try repo.git("checkout", "-q", "main")
        try repo.git("merge", "-q", "--no-ff", "-m", "merge feature", "feature")
        let merge = try repo.head()
        let repository = try repo.open()

        XCTAssertEqual(try repository.parents(of: commits[0]), [])
        XCTAssertEqual(try repository.parents(of: commits[2]), [commits[1]])
        XCTAssertEqual(try repository.parents(of: merge), [commits[2], feature])
        XCTAssertTrue(try repository.isAncestor(commits[0], of: commits[2]))
        XCTAssertTrue(try repository.isAncestor(commits[2], of: commits[2]))
        XCTAssertFalse(try repository.isAncestor(commits[2], of: commits[0]))
        XCTAssertFalse(try repository.isAncestor(feature, of: commits[2]), "diverged: not a fast-forward")
    }

    func testCommitsReachableFromATipButNotFromOthersComeOldestFirst() throws {
        let (repo, commits) = try makeLinearHistory()
        try repo.git("checkout", "-q", "-b", "feature", commits[1].hex)
        var feature: [ObjectID] = []
        for index in 1...3 {
            try repo.write("feature.txt", "feature \(index)\n")
            feature.append(try repo.commit("feature \(index)"))
        }
        let repository = try repo.open()

        XCTAssertEqual(try repository.commits(reachableFrom: feature[2], excludingReachableFrom: [commits[2]]), feature)
        XCTAssertEqual(try repository.commits(reachableFrom: feature[2], excludingReachableFrom: [feature[0], commits[0]]),
                       Array(feature[1...]))
        XCTAssertEqual(try repository.commits(reachableFrom: commits[2], excludingReachableFrom: []), commits)
        XCTAssertEqual(try repository.commits(reachableFrom: commits[1], excludingReachableFrom: [commits[2]]), [])
    }

    func testReferenceTargetsArePeeledToCommits() throws {
        let (repo, commits) = try makeLinearHistory()
        let blob = try repo.git("rev-parse", "HEAD:file.txt")
        try repo.git("tag", "a-blob", blob)

        let targets = try repo.open().referenceTargets()
        let byName = Dictionary(targets.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })

        XCTAssertEqual(byName, ["refs/heads/main": commits[2], "refs/tags/light": commits[1], "refs/tags/v1.0": commits[1]])
    }

    func testDefaultBranchCommitOfABareCloneAndOfAnEmptyRepository() throws {
        let (repo, commits) = try makeLinearHistory()
        let bare = repo.beside("bare.git").path
        try repo.git("clone", "-q", "--bare", repo.path, bare)
        let empty = repo.beside("empty.git").path
        try repo.git("init", "-q", "--bare", empty)

        XCTAssertEqual(try GitRepository.open(at: bare).defaultBranchCommit(), commits[2])
        XCTAssertNil(try GitRepository.open(at: empty).defaultBranchCommit())
    }

    func testConfigStringReadsTheRepositoryConfiguration() throws {
        let (repo, _) = try makeLinearHistory()
        try repo.git("config", "infragate.policy", ".infragate/policy.yaml")
        let repository = try repo.open()

        XCTAssertEqual(try repository.configString("infragate.policy"), ".infragate/policy.yaml")
        XCTAssertNil(try repository.configString("infragate.unset"))
    }
}

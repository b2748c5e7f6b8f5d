import InfragateGit
import TestSupport
import XCTest

/// A temporary repository read back as the Git module's own types.
extension TemporaryRepository {
    /// Stages everything and commits; returns the new commit.
    @discardableResult
    func commit(_ message: String) throws -> ObjectID {
        try objectID(commitAll(message))
    }

    func head() throws -> ObjectID {
        try objectID(git("rev-parse", "HEAD"))
    }

    func objectID(_ hex: String) throws -> ObjectID {
        try XCTUnwrap(ObjectID(hex: hex), "git printed '\(hex)', not an object id")
    }

    func open() throws -> GitRepository {
        try GitRepository.open(at: path)
    }
}

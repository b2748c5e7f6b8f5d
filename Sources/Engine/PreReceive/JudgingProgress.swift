import Foundation

/// What the pre-receive gate has yet to judge, readable from another thread when the deadline fires,
/// so that a push accepted on time-out says which files nobody looked at.
public final class JudgingProgress: @unchecked Sendable {
    // @unchecked: every stored property is read and written only while `lock` is held.
    private let lock = NSLock()
    private var pendingRefs: [String] = []
    private var pendingFiles: [String: Int] = [:]

    /// `refs`: every ref of the push, so that a deadline that fires before judging starts still names them.
    public init(refs: [String]) {
        pendingRefs = refs
    }

    func started(ref: String) {
        lock.withLock { pendingRefs.removeAll { $0 == ref } }
    }

    /// `label` names the file and, where the gate judges commit by commit, the commit.
    func planned(_ labels: [String]) {
        lock.withLock { for label in labels { pendingFiles[label, default: 0] += 1 } }
    }

    func judged(_ label: String) {
        lock.withLock {
            guard let count = pendingFiles[label] else { return }
            pendingFiles[label] = count > 1 ? count - 1 : nil
        }
    }

    /// Files planned and not judged, then the refs whose judging never started.
    public var unjudged: [String] {
        lock.withLock { pendingFiles.keys.sorted() + pendingRefs.map { "\($0) (every new commit)" } }
    }
}

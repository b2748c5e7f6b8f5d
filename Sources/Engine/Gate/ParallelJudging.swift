import Foundation

/// Judges many files on every core. libgit2 handles are not shared between threads, so each worker
/// opens its own repository, snapshot and judge (`makeWorker`, called once on the worker's thread)
/// and pulls the next file from a shared counter. The judgements are merged in the files' order and
/// the first failure in that order is thrown, so the result is the same as judging them one by one.
enum ParallelJudging {
    /// Below this many files, a second repository and its cold caches cost more than the second core saves.
    static let minimumFiles = 48

    /// Workers set their own stack size: Dispatch and Thread workers otherwise get the process's stack
    /// limit, 2 MiB under `ulimit -s unlimited`, where a hostile file overflowed (signal 11).
    static let workerStackSize = DeepStack.size

    /// How many workers judge `count` files: one per core (or `INFRAGATE_JOBS`, for a shared runner),
    /// and no more than there are files to share.
    static func workerCount(for count: Int) -> Int {
        let cores = ProcessInfo.processInfo.environment["INFRAGATE_JOBS"].flatMap(Int.init).map { max(1, $0) }
            ?? ProcessInfo.processInfo.activeProcessorCount
        return count < minimumFiles ? 1 : max(1, min(cores, count / (minimumFiles / 2)))
    }

    static func judgement<Item: Sendable>(
        of items: [Item], workers: Int, makeWorker: @escaping @Sendable () throws -> (Item) throws -> Judgement
    ) throws -> Judgement {
        let slots = ResultSlots<Judgement>(count: items.count)
        let finished = DispatchGroup()
        for _ in 0..<workers {
            finished.enter()
            let worker = Thread {
                defer { finished.leave() }
                let judge: (Item) throws -> Judgement
                do {
                    judge = try makeWorker()
                } catch {
                    // This worker cannot start: its share falls to the others, or, with none, to the failure.
                    slots.failAll(with: error)
                    return
                }
                while let index = slots.claimNext() {
                    slots.store(Result { try judge(items[index]) }, at: index)
                }
            }
            worker.stackSize = workerStackSize
            worker.start()
        }
        finished.wait()
        var merged = Judgement()
        for result in try slots.results() {
            let part = try result.get()
            merged.findings += part.findings
            merged.suppressed += part.suppressed
            merged.skipped += part.skipped
            merged.scanned += part.scanned
            merged.notices += part.notices
        }
        return merged
    }
}

/// One result per item, filled by whichever worker claimed it.
// @unchecked: every property is read and written only while `lock` is held.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, any Error>?]
    private var next = 0
    private var startFailure: (any Error)?

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func claimNext() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func store(_ result: Result<Value, any Error>, at index: Int) {
        lock.withLock { slots[index] = result }
    }

    func failAll(with error: any Error) {
        lock.withLock { startFailure = startFailure ?? error }
    }

    /// Every item's result; a worker that could not start fails the run only if an item was left unjudged.
    func results() throws -> [Result<Value, any Error>] {
        try lock.withLock {
            try slots.map { slot in
                guard let slot else { throw startFailure ?? GateError.undecidable("a file was left unjudged") }
                return slot
            }
        }
    }
}

import Foundation

/// Runs `work(0)` … `work(count - 1)` at the same time and returns their results in that order,
/// for tests of concurrent pushes and runs.
public func concurrently<Value: Sendable>(_ count: Int, _ work: @Sendable (Int) -> Value) -> [Value] {
    let slots = ResultSlots<Value>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(work(index), at: index) }
    return slots.values
}

// @unchecked: `slots` is read and written only while `lock` is held.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    /// Called after every `store`: `concurrentPerform` returns only when all iterations have.
    var values: [Value] {
        lock.withLock { slots.map { $0! } }
    }
}

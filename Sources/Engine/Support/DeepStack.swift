import Foundation

/// Runs work on a thread whose stack is `size` whatever `ulimit -s` says. The parsers and evaluators
/// recurse up to their depth limits (HCL's 200 levels of nesting take about 2 MiB in a debug build);
/// the main thread's stack is `ulimit -s`, which a hook environment or CI container may set to 1 MiB,
/// and every other thread gets 2 MiB under `ulimit -s unlimited`. Judging on threads of this size
/// makes the depth limits, not the environment, decide what a hostile file can do.
public enum DeepStack {
    public static let size = 16 << 20

    /// `work`'s result, computed on a thread of `size` bytes of stack; the caller waits for it.
    public static func run<T>(_ work: @escaping () -> T) -> T {
        let box = DeepStackBox(work)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = box.work()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
        guard let result = box.result else { preconditionFailure("the deep-stack thread returned no result") }
        return result
    }
}

/// Hands the work to the thread and its result back.
// @unchecked: the result is written by the worker before it signals, and read by the caller after the wait.
private final class DeepStackBox<T>: @unchecked Sendable {
    let work: () -> T
    var result: T?

    init(_ work: @escaping () -> T) {
        self.work = work
    }
}

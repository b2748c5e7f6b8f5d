import Foundation

/// Runs work against a wall-clock deadline. A pre-receive hook must answer before the server kills
/// it (GitHub Enterprise: 5 s for all hooks), so the caller decides on time-out instead of hanging.
public enum Deadline {
    /// The work's result, or nil when it did not finish within `seconds` (it is abandoned; the
    /// caller exits the process, which ends it).
    public static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () throws -> T) -> Result<T, Error>? {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = Result { try work() }
            done.signal()
        }
        thread.stackSize = DeepStack.size
        thread.start()
        guard done.wait(timeout: .now() + max(0, seconds)) == .success else { return nil }
        return box.result
    }
}

/// Carries the worker thread's result; the semaphore orders the write before the read.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    var result: Result<T, Error>?
}

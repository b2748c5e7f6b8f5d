import CLibgit2

/// A failed git operation: what infragate was doing, followed by libgit2's own explanation.
public struct GitError: Error, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    /// Captures libgit2's last error message for the current thread, after a call returned `code`.
    static func libgit2(_ code: Int32, _ context: String) -> GitError {
        guard let detail = git_error_last()?.pointee.message.map({ String(cString: $0) }), !detail.isEmpty else {
            return GitError("\(context) (libgit2 error \(code))")
        }
        return GitError("\(context): \(detail)")
    }
}

/// Throws a `GitError` when a libgit2 call returned a negative code.
func check(_ code: Int32, _ context: @autoclosure () -> String) throws {
    if code < 0 { throw GitError.libgit2(code, context()) }
}

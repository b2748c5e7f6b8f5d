/// A policy file that cannot be trusted as written: where, and what is wrong.
/// Its description is `ORIGIN:LINE: message`, the form editors and CI logs link to, one line per
/// error: a policy is read to the end, so that every mistake is reported at once, in line order.
public struct PolicyError: Error, Hashable, Sendable, CustomStringConvertible {
    public let origin: String
    public let line: Int
    public let message: String
    /// The errors found after this one (the first in line order), in line order.
    public internal(set) var further: [PolicyError] = []

    public init(origin: String, line: Int, message: String) {
        self.origin = origin
        self.line = line
        self.message = message
    }

    /// This error and the further ones, in line order.
    public var all: [PolicyError] {
        [PolicyError(origin: origin, line: line, message: message)] + further
    }

    public var description: String {
        all.map { "\($0.origin):\($0.line): \($0.message)" }.joined(separator: "\n")
    }

    /// One error standing for all of `errors` (at least one), the first in line order leading.
    static func combining(_ errors: [PolicyError]) -> PolicyError {
        // A stable sort keeps two errors of one line in the order they were found.
        let ordered = errors.flatMap(\.all).enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        var first = ordered[0]
        first.further = Array(ordered.dropFirst())
        return first
    }
}

/// Gathers the errors of a policy while it is read, so that one mistake does not hide the next.
final class PolicyErrorCollector {
    private(set) var errors: [PolicyError] = []

    /// Runs one independent part of the reading; its error is kept and nil returned.
    func attempt<T>(_ work: () throws -> T) rethrows -> T? {
        do {
            return try work()
        } catch let error as PolicyError {
            errors.append(error)
            return nil
        }
    }

    /// Throws every error gathered, as one.
    func throwIfAny() throws {
        if !errors.isEmpty { throw PolicyError.combining(errors) }
    }
}

/// A policy file that cannot be trusted as written: where, and what is wrong.
/// Its description is `ORIGIN:LINE: message`, the form editors and CI logs link to.
public struct PolicyError: Error, Hashable, Sendable, CustomStringConvertible {
    public let origin: String
    public let line: Int
    public let message: String

    public init(origin: String, line: Int, message: String) {
        self.origin = origin
        self.line = line
        self.message = message
    }

    public var description: String { "\(origin):\(line): \(message)" }
}

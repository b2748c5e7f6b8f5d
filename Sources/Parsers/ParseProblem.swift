/// Something in a file that a parser could not read, and the 1-based line where it is. Every
/// parser (Dockerfile, YAML, HCL, JSON) reports with it, and rule packs hand it on unchanged.
public struct ParseProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

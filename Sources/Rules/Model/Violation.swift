/// What a rule reports about one occurrence in one file; the engine turns it into a `Finding`.
public struct Violation: Hashable, Sendable {
    /// The file the occurrence is in when it is not the file under evaluation (a sibling file of
    /// a Terraform module); nil for that file itself.
    public let path: String?
    public let line: Int
    public let endLine: Int?
    public let message: String
    /// A normalised identity of the offending construct (not its line), so the finding's
    /// fingerprint survives unrelated lines moving. E.g. `stage:final|USER root`.
    public let identity: String

    public init(line: Int, endLine: Int? = nil, message: String, identity: String, path: String? = nil) {
        self.path = path
        self.line = line
        self.endLine = endLine
        self.message = message
        self.identity = identity
    }
}

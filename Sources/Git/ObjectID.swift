import CLibgit2

/// A git object id (SHA-1, the only format libgit2 1.5 reads), as lowercase hex.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    public let hex: String

    /// Parses a full 40-digit hex id, as found on a pre-receive hook's standard input.
    /// Returns nil for anything else (abbreviations go through `GitRepository.resolveCommit`).
    public init?(hex: String) {
        guard hex.utf8.count == 40, hex.utf8.allSatisfy(\.isHexDigit) else { return nil }
        self.hex = hex.lowercased()
    }

    init(_ oid: git_oid) {
        var oid = oid
        // git_oid_fmt writes exactly the 40 digits, without a terminator.
        var digits = [CChar](repeating: 0, count: Int(GIT_OID_HEXSZ))
        git_oid_fmt(&digits, &oid)
        hex = String(decoding: digits.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The first seven digits, as `git log --oneline` shows them.
    public var short: String { String(hex.prefix(7)) }

    /// The all-zero id a hook receives for a created (old side) or deleted (new side) ref.
    public var isZero: Bool { hex.utf8.allSatisfy { $0 == UInt8(ascii: "0") } }

    public var description: String { hex }

    /// The libgit2 form; `hex` is always 40 valid digits, so parsing cannot fail.
    var oid: git_oid {
        var oid = git_oid()
        git_oid_fromstrn(&oid, hex, hex.utf8.count)
        return oid
    }
}

private extension UInt8 {
    var isHexDigit: Bool {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"):
            return true
        default:
            return false
        }
    }
}

/// One line of git's pre-receive input: `<old-oid> SP <new-oid> SP <refname>`.
public struct RefUpdate: Hashable, Sendable {
    public let oldID: String
    public let newID: String
    public let refName: String

    public init(oldID: String, newID: String, refName: String) {
        self.oldID = oldID
        self.newID = newID
        self.refName = refName
    }

    public var isCreation: Bool { Self.isZero(oldID) }
    public var isDeletion: Bool { Self.isZero(newID) }
    public var isTag: Bool { refName.hasPrefix("refs/tags/") }

    /// `main` for `refs/heads/main`, `v1` for `refs/tags/v1`.
    public var shortName: String {
        for prefix in ["refs/heads/", "refs/tags/"] where refName.hasPrefix(prefix) {
            return String(refName.dropFirst(prefix.count))
        }
        return refName
    }

    /// Parses the whole of standard input; SHA-1 (40) and SHA-256 (64) ids.
    public static func parse(_ input: String) throws -> [RefUpdate] {
        var updates: [RefUpdate] = []
        for (index, line) in input.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, isObjectID(fields[0]), isObjectID(fields[1]), fields[0].count == fields[1].count,
                  fields[2].hasPrefix("refs/"), !fields[2].contains(where: { $0.isNewline || $0 == "\0" }) else {
                throw GateError.usage("pre-receive input line \(index + 1) is not `<old-oid> <new-oid> <refname>`")
            }
            updates.append(RefUpdate(oldID: fields[0], newID: fields[1], refName: fields[2]))
        }
        return updates
    }

    private static func isObjectID(_ text: String) -> Bool {
        (text.count == 40 || text.count == 64) && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private static func isZero(_ id: String) -> Bool { id.utf8.allSatisfy { $0 == UInt8(ascii: "0") } }
}

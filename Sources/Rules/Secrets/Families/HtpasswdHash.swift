/// An htpasswd line, `user:hash`, whose hash (Apache MD5 `$apr1$`, bcrypt `$2y$`, SHA-1 `{SHA}`) can
/// be cracked offline. The anchor is `:` and the scheme; the user must start the line.
struct HtpasswdHash: SecretFinder {
    let anchors = [":$apr1$", ":$2y$", ":$2a$", ":$2b$", ":{SHA}"].map { Anchor.literal($0) }

    private static let user = ByteClass { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ":") && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") }
    private static let salt = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "./")

    func confirm(_ anchor: Range<Int>, in text: ScannedBytes) -> SecretMatch? {
        let userStart = text.runStart(endingAt: anchor.lowerBound, limit: 256, Self.user)
        guard userStart < anchor.lowerBound, userStart == 0 || text[userStart - 1] == UInt8(ascii: "\n") else { return nil }
        let scheme = text.string(anchor)
        var end = anchor.upperBound
        switch scheme {
        case ":$apr1$":
            let saltEnd = text.runEnd(from: end, limit: 9, Self.salt)
            guard (1...8).contains(saltEnd - end), saltEnd < text.count, text[saltEnd] == UInt8(ascii: "$") else { return nil }
            end = text.runEnd(from: saltEnd + 1, limit: 23, Self.salt)
            guard end - saltEnd - 1 == 22 else { return nil }
        case ":{SHA}":
            let hashEnd = text.runEnd(from: end, limit: 29, .base64Padded)
            guard hashEnd - end == 28 else { return nil }
            end = hashEnd
        default:
            let costEnd = text.runEnd(from: end, limit: 3, .digits)
            guard costEnd - end == 2, costEnd < text.count, text[costEnd] == UInt8(ascii: "$") else { return nil }
            end = text.runEnd(from: costEnd + 1, limit: 54, Self.salt)
            guard end - costEnd - 1 == 53 else { return nil }
        }
        guard text.endsRun(at: end, Self.salt) else { return nil }
        return SecretMatch(value: anchor.lowerBound + 1..<end, identity: .name(text.string(userStart..<anchor.lowerBound)))
    }
}

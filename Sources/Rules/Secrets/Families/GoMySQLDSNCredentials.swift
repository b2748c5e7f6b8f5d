/// A Go MySQL driver DSN that carries its password: `user:password@tcp(host:3306)/db`. There is no
/// scheme to anchor on, so the anchor is the transport (`@tcp(`, `@unix(`), and `user:password` is
/// read backwards from it (bounded). The driver splits at the last `@`, and the password at the first
/// `:` of what precedes it, as here; only a password that is a credential counts.
struct GoMySQLDSNCredentials: SecretFinder {
    let anchors: [Anchor] = [.literal("@tcp(", caseless: false), .literal("@unix(", caseless: false)]

    /// What may appear in `user:password` before the `@`: anything printable but a blank or a quote,
    /// which end the value it sits in. A password may hold `/`, `=` or `:` (base64); a key written
    /// before it (`DSN=app:…`) joins the user, since the password starts after the first `:`.
    private static let credentials = ByteClass { byte in
        byte > 0x20 && byte < 0x7F && !"\"'`".utf8.contains(byte)
    }
    private static let hostEnd = ByteClass { $0 != UInt8(ascii: ")") && $0 > 0x20 && $0 < 0x7F }

    func confirm(_ anchor: Range<Int>, in text: ScannedBytes) -> SecretMatch? {
        let at = anchor.lowerBound
        let start = text.runStart(endingAt: at, limit: 256, Self.credentials)
        guard start < at, let colon = text.firstIndex(of: UInt8(ascii: ":"), from: start, before: at) else { return nil }
        let password = text.string(colon + 1..<at)
        guard SecretValue.classify(password).isCredential else { return nil }
        let hostStart = anchor.upperBound
        let host = text.string(hostStart..<text.runEnd(from: hostStart, limit: 256, Self.hostEnd))
        let user = text.string(start..<colon)
        return SecretMatch(value: colon + 1..<at, identity: .name("\(user)@\(text.string(anchor))\(host))"))
    }
}

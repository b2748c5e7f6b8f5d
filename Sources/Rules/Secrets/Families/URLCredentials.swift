/// A URL that carries its password: `postgres://user:password@host/db`. The anchor is `scheme://`;
/// the authority is read up to its end (bounded), and only a password that is a credential counts
/// (`${DB_PASSWORD}` and `<password>` do not; `postgres` does, except on the loopback host where
/// documentation and local tests use it).
struct URLCredentials: SecretFinder {
    let anchors: [Anchor]

    init(schemes: [String]) {
        anchors = schemes.map { Anchor.literal($0 + "://", caseless: true) }
    }

    /// What may appear in `user:password@host` before the first `/`, `?`, `#` or space.
    private static let authority = ByteClass { byte in
        byte > 0x20 && byte < 0x7F && !"/?#\"'`<>\\\u{20}".utf8.contains(byte)
    }
    /// The path and query after the authority, up to a space or quote.
    private static let rest = ByteClass { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") }
    private static let loopbackHosts: Set<String> = ["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]
    /// Host names that only ever stand for one (RFC 2606 and the usual `host`).
    private static func isDocumentationHost(_ host: String) -> Bool {
        ["host", "hostname", "example.com", "example.org", "example.net"].contains(host)
            || [".example.com", ".example.org", ".example.net", ".example", ".invalid", ".test"].contains { host.hasSuffix($0) }
    }

    private static let sslModeDisabled = Array("sslmode=disable".utf8)

    func confirm(_ anchor: Range<Int>, in text: ScannedBytes) -> SecretMatch? {
        guard text.startsRun(at: anchor.lowerBound, .alphanumeric) || text[anchor.lowerBound - 1] == UInt8(ascii: ":") else { return nil }
        let start = anchor.upperBound
        let end = text.runEnd(from: start, limit: 512, Self.authority)
        guard let at = (start..<end).last(where: { text[$0] == UInt8(ascii: "@") }),
              let colon = text.firstIndex(of: UInt8(ascii: ":"), from: start, before: at) else { return nil }
        let password = text.string(colon + 1..<at)
        let user = text.string(start..<colon)
        let hostEnd = text.firstIndex(of: UInt8(ascii: ":"), from: at + 1, before: end) ?? end
        let host = text.string(at + 1..<hostEnd).lowercased()
        // `%3Cpassword%3E`, `%7BDB_PASSWORD%7D`: placeholders survive percent-encoding.
        guard !password.contains("%3C"), !password.contains("%7B") else { return nil }
        let kind = SecretValue.classify(password)
        guard kind.isCredential, !host.isEmpty else { return nil }
        if kind == .defaultPassword, Self.loopbackHosts.contains(host) { return nil }
        // `https://user:token@host`: documentation, where the password is a word standing for one.
        if Self.isDocumentationHost(host), password.utf8.allSatisfy({ ByteClass.letters.contains($0) }) { return nil }
        var match = SecretMatch(value: colon + 1..<at, identity: .name("\(text.string(anchor))\(user)@\(host)"))
        // `sslmode=disable` in the same URL sends that password in clear text.
        let queryEnd = text.runEnd(from: end, limit: 512, Self.rest)
        if (end..<max(end, queryEnd - Self.sslModeDisabled.count + 1)).contains(where: { text.starts(with: Self.sslModeDisabled, at: $0) }) {
            match.note = "and `sslmode=disable` sends it unencrypted"
        }
        return match
    }
}

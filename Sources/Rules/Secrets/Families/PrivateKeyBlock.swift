/// A private key in PEM armour (`-----BEGIN RSA PRIVATE KEY-----`, OpenSSH's, PGP's), also inside a
/// JSON string where its lines are joined by `\n`. The key is the base64 body up to the next `-----`,
/// which the next header would start with, so each byte is read for one candidate only.
struct PrivateKeyBlock: SecretFinder {
    let anchors: [Anchor]

    init(headers: [String]) {
        anchors = headers.map { Anchor.literal("-----BEGIN \($0)-----") }
    }

    /// Base64, the line breaks between its lines (also written `\n` in a string) and PEM header fields.
    private static let body = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "+/=\n\r\t \\:,-")
    private static let dash = UInt8(ascii: "-")

    func confirm(_ anchor: Range<Int>, in text: ScannedBytes) -> SecretMatch? {
        var end = anchor.upperBound
        var base64 = 0
        var distinct = Set<UInt8>()
        while end < text.count, Self.body.contains(text[end]) {
            let byte = text[end]
            // `-----END`: the body ended; a lone `-` is a PEM header field's (Proc-Type: 4,ENCRYPTED).
            if byte == Self.dash, end + 1 < text.count, text[end + 1] == Self.dash { break }
            if ByteClass.base64.contains(byte), !(byte == UInt8(ascii: "n") && end > 0 && text[end - 1] == UInt8(ascii: "\\")) {
                base64 += 1
                if distinct.count < 32 { distinct.insert(byte) }
            }
            end += 1
        }
        // A real key has hundreds of varied base64 characters; `...` or `<key>` documentation has none.
        guard base64 >= 64, distinct.count >= 20 else { return nil }
        var blockEnd = end
        let footer = Array("-----END ".utf8)
        if text.starts(with: footer, at: end) {
            blockEnd = text.runEnd(from: end + footer.count, limit: 64, Self.footerCharacter)
            blockEnd = text.runEnd(from: blockEnd, limit: 5, Self.dashOnly)
        }
        return SecretMatch(value: anchor.lowerBound..<blockEnd, identity: .value)
    }

    private static let footerCharacter = ByteClass(ranges: [65...90], extra: " ")
    private static let dashOnly = ByteClass(ranges: [], extra: "-")
}

/// Where a detector's candidates start: a Vectorscan expression of fixed width (a literal prefix, or
/// a short fixed-length shape), so a reported end is also a known start. Validators take it from there.
struct Anchor: Hashable, Sendable {
    let expression: String
    let width: Int
    let isCaseless: Bool

    /// A literal, matched as written (or in any case).
    static func literal(_ text: String, caseless: Bool = false) -> Anchor {
        let hexDigits = Array("0123456789abcdef")
        let escaped = text.utf8.map { byte -> String in
            let isAlphanumeric = (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
            return isAlphanumeric ? String(UnicodeScalar(byte)) : "\\x" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 15)])
        }.joined()
        return Anchor(expression: escaped, width: text.utf8.count, isCaseless: caseless)
    }

    /// A shape of exactly `width` bytes (character classes and counted repeats only).
    static func shape(_ expression: String, width: Int) -> Anchor {
        Anchor(expression: expression, width: width, isCaseless: false)
    }
}

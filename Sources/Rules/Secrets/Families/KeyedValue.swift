/// A credential known by the key it is written under (`_authToken=`, `AccountKey=`, `"auth": "…"`,
/// `client-key-data:`): the key is the anchor, then an optional closing quote, `=` or `:` and an
/// optional opening quote, then a bounded run of the value's alphabet.
struct KeyedValue: SecretFinder {
    let anchors: [Anchor]
    let alphabet: ByteClass
    let length: ClosedRange<Int>
    let minimumEntropy: Double
    /// A further check of the value (a base64 `user:password`, a bcrypt cost); nil accepts it.
    let accepts: (@Sendable (ArraySlice<UInt8>) -> Bool)?
    let cues: [Anchor]
    let cueDistance: Int
    /// A key that holds any kind of token (`_authToken`) gives way to the token's own detector.
    let isGeneric: Bool

    init(
        keys: [String], caseless: Bool = true, _ alphabet: ByteClass, _ length: ClosedRange<Int>, minimumEntropy: Double = 0,
        cues: [Anchor] = [], cueDistance: Int = 0, holdsAnyToken: Bool = false, accepts: (@Sendable (ArraySlice<UInt8>) -> Bool)? = nil
    ) {
        isGeneric = holdsAnyToken
        anchors = keys.map { Anchor.literal($0, caseless: caseless) }
        self.alphabet = alphabet
        self.length = length
        self.minimumEntropy = minimumEntropy
        self.accepts = accepts
        self.cues = cues
        self.cueDistance = cueDistance
    }

    func confirm(_ anchor: Range<Int>, in text: ScannedBytes) -> SecretMatch? {
        guard text.startsRun(at: anchor.lowerBound, .word) else { return nil }
        guard let start = KeyedValue.valueStart(after: anchor.upperBound, in: text) else { return nil }
        let end = text.runEnd(from: start, limit: length.upperBound + 1, alphabet)
        guard length.contains(end - start), text.endsRun(at: end, alphabet) else { return nil }
        let value = text.bytes[start..<end]
        guard SecretValue.classify(text.string(start..<end)).isCredential else { return nil }
        if minimumEntropy > 0, ValueMeasures.entropy(value) < minimumEntropy { return nil }
        if let accepts, !accepts(value) { return nil }
        return SecretMatch(value: start..<end, identity: .value)
    }

    /// Where the value begins after a key ending at `keyEnd`: `key=v`, `key: v`, `"key": "v"`,
    /// `key = 'v'`, `key := v`, `<key>v`; nil when no separator follows. Reads at most a few bytes.
    static func valueStart(after keyEnd: Int, in text: ScannedBytes) -> Int? {
        var cursor = keyEnd
        if cursor < text.count, text[cursor] == UInt8(ascii: "\"") || text[cursor] == UInt8(ascii: "'") { cursor += 1 }
        cursor = text.runEnd(from: cursor, limit: 8, .horizontalSpace)
        let keyEndsInSeparator = keyEnd > 0 && (text[keyEnd - 1] == UInt8(ascii: "=") || text[keyEnd - 1] == UInt8(ascii: ":"))
        if !keyEndsInSeparator {
            guard cursor < text.count else { return nil }
            switch text[cursor] {
            case UInt8(ascii: ":"):
                cursor += 1
                if cursor < text.count, text[cursor] == UInt8(ascii: "=") { cursor += 1 }
            case UInt8(ascii: "="):
                cursor += 1
                if cursor < text.count, text[cursor] == UInt8(ascii: ">") { cursor += 1 }
            case UInt8(ascii: ">"):
                cursor += 1
            default:
                return nil
            }
        }
        cursor = text.runEnd(from: cursor, limit: 8, .horizontalSpace)
        if cursor < text.count, ByteClass.quote.contains(text[cursor]) { cursor += 1 }
        return cursor
    }
}

/// A random-looking literal assigned to a secret-named key in any configuration syntax: YAML
/// `db_password: …`, JSON `"clientSecret": "…"`, TOML/INI/HCL `api_key = "…"`, `.env` `TOKEN=…`,
/// properties `spring.datasource.password=…`, XML `<password>…</password>`. The anchor is a secret
/// word; the whole key around it must be secret-named (`SecretName`: not `…_FILE`, `…_PATH`), the value
/// a credential by `SecretValue` (no flag, reference or placeholder) and random enough (the policy's
/// `min_entropy`). Key and value are each read a bounded distance.
struct SecretAssignment: SecretFinder {
    static let words = [
        "password", "passwd", "passphrase", "secret", "token", "apikey", "api_key", "api-key", "accesskey", "access_key",
        "privatekey", "private_key", "credential", "auth",
    ]
    let anchors = SecretAssignment.words.map { Anchor.literal($0, caseless: true) }
    var isGeneric: Bool { true }

    private static let longestKey = 96
    private static let valueSeparator = ByteClass(ranges: [], extra: "=:")
    private static let longestValue = 512
    /// What a value may hold: anything visible but quotes, separators of the enclosing syntax and `<`.
    private static let valueCharacter = ByteClass { byte in
        byte > 0x20 && byte < 0x7F && !"\"'`,;<>{}[]()".utf8.contains(byte) || byte >= 0x80
    }

    func confirm(_ anchor: Range<Int>, in text: ScannedBytes) -> SecretMatch? {
        let keyStart = text.runStart(endingAt: anchor.lowerBound, limit: Self.longestKey, .keyCharacter)
        let keyEnd = text.runEnd(from: anchor.upperBound, limit: Self.longestKey, .keyCharacter)
        // Each secret word of `client_secret_token` finds the same key and value: the scanner keeps one.
        // A key glued to a previous `=` or `:` is inside a value (`a=password=…`), not a key.
        guard text.startsRun(at: keyStart, .keyCharacter), text.endsRun(at: keyEnd, .keyCharacter),
              keyStart == 0 || !Self.valueSeparator.contains(text[keyStart - 1]) else { return nil }
        let key = text.string(keyStart..<keyEnd)
        guard SecretName.matches(key) else { return nil }
        guard let start = KeyedValue.valueStart(after: keyEnd, in: text) else { return nil }
        let end = text.runEnd(from: start, limit: Self.longestValue + 1, Self.valueCharacter)
        guard (12...Self.longestValue).contains(end - start) else { return nil }
        let value = text.bytes[start..<end]
        guard SecretValue.classify(text.string(start..<end)) == .literal,
              ValueMeasures.entropy(value) >= text.minimumEntropy,
              ValueMeasures.mixes(value, atLeast: 2),
              !Self.isIdentifier(value) else { return nil }
        return SecretMatch(value: start..<end, identity: .name(key))
    }

    /// `my-app.prod.internal`, `some_setting_name`, `SecretsPolicy.defaults`, `containers.flatMap`: names
    /// and code, not secrets. A value is a name when it is letters joined by `.`, `-` or `_`, without a
    /// digit (a generated secret of this length has one almost always).
    private static func isIdentifier(_ value: ArraySlice<UInt8>) -> Bool {
        value.allSatisfy { ByteClass.letters.contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }
}

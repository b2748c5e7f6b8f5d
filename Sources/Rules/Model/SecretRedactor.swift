/// The one redactor every reported text passes through (finding messages and paths when a
/// `Finding` is made; notices, skipped-file details and reasons when a report is assembled), so no
/// output format can print a credential the gate came across.
///
/// It hides URL userinfo (`https://user:pass@host` → `https://***@host`), private key blocks,
/// token-shaped strings (AWS access key ids, GitHub, GitLab and Slack tokens, JWTs, each keeping its
/// telling prefix) and the value after `password=`, `token=`, `secret=` and similar keys (after `:`
/// only when the value looks random, so `token: GITHUB_TOKEN` stays readable). Variable references
/// (`$VAR`, `${{ secrets.X }}`) are not secrets and stay.
///
/// One forward pass over the bytes: each pattern's scan either consumes what it matched or stops
/// within a fixed distance, and a JWT candidate that failed marks the run it failed on so the
/// candidates inside it are not scanned again. Linear in the text whatever it holds.
public enum SecretRedactor {
    static let mask = Array("***".utf8)
    static let schemeSeparator = Array("://".utf8)
    static let keyBegin = Array("-----BEGIN ".utf8)
    static let keyEnd = Array("-----END ".utf8)
    static let privateKeyReversed = Array("PRIVATE KEY".utf8.reversed())
    static let jwtPrefix = Array("eyJ".utf8)

    public static func redact(_ text: String) -> String {
        var scanner = Scanner(Array(text.utf8))
        guard scanner.run() else { return text }
        return String(decoding: scanner.output, as: UTF8.self)
    }

    /// `(prefix, the characters that may follow, the fewest of them a real token has)`.
    private static let tokenShapes: [(prefix: [UInt8], body: @Sendable (UInt8) -> Bool, minimum: Int)] = [
        ("AKIA", isUpperAlphanumeric, 16), ("ASIA", isUpperAlphanumeric, 16), ("ABIA", isUpperAlphanumeric, 16),
        ("ACCA", isUpperAlphanumeric, 16),
        ("ghp_", isWordCharacter, 20), ("gho_", isWordCharacter, 20), ("ghs_", isWordCharacter, 20),
        ("ghu_", isWordCharacter, 20), ("ghr_", isWordCharacter, 20), ("github_pat_", isWordCharacter, 20),
        ("glpat-", isBase64URL, 20),
        ("xoxa-", isSlackCharacter, 10), ("xoxb-", isSlackCharacter, 10), ("xoxp-", isSlackCharacter, 10),
        ("xoxo-", isSlackCharacter, 10), ("xoxr-", isSlackCharacter, 10), ("xoxs-", isSlackCharacter, 10),
        ("xoxe-", isSlackCharacter, 10),
    ].map { (Array($0.0.utf8), $0.1, $0.2) }

    /// Key names (lower case, compared as suffixes: `DB_PASSWORD`, `client-secret`) whose value is a secret.
    private static let secretKeys = [
        "password", "passwd", "pwd", "secret", "token", "apikey", "api_key", "api-key", "access_key", "private_key",
        "credentials", "auth",
    ].map { Array($0.utf8) }
    private static let longestSecretKey = secretKeys.map(\.count).max() ?? 0

    private struct Scanner {
        let input: [UInt8]
        var output: [UInt8] = []
        var index = 0
        var changed = false
        /// Before this offset no JWT can start: a candidate that failed ran up to here.
        var noJWTBefore = 0

        init(_ input: [UInt8]) {
            self.input = input
            output.reserveCapacity(input.count)
        }

        /// Returns whether anything was hidden.
        mutating func run() -> Bool {
            while index < input.count {
                if redactUserinfo() || redactPrivateKey() || redactToken() || redactJWT() || redactKeyedValue() {
                    changed = true
                    continue
                }
                output.append(input[index])
                index += 1
            }
            return changed
        }

        private func starts(with pattern: [UInt8], at position: Int) -> Bool {
            position + pattern.count <= input.count && input[position..<position + pattern.count].elementsEqual(pattern)
        }

        /// The end of the run of `member` bytes from `start`, scanning at most `limit` of them.
        private func runEnd(from start: Int, limit: Int = .max, _ member: (UInt8) -> Bool) -> Int {
            var end = start
            while end < input.count, end - start < limit, member(input[end]) { end += 1 }
            return end
        }

        private var atWordBoundary: Bool {
            index == 0 || !SecretRedactor.isWordCharacter(input[index - 1])
        }

        /// `scheme://user:pass@host` → `scheme://***@host`. The authority ends at the first `/`, so
        /// the scans of two URLs never overlap.
        private mutating func redactUserinfo() -> Bool {
            guard input[index] == UInt8(ascii: ":"), starts(with: SecretRedactor.schemeSeparator, at: index) else { return false }
            let start = index + 3
            let end = runEnd(from: start) { !SecretRedactor.endsAuthority($0) }
            guard let at = input[start..<end].lastIndex(of: UInt8(ascii: "@")), at > start else { return false }
            output += SecretRedactor.schemeSeparator + SecretRedactor.mask
            index = at
            return true
        }

        /// `-----BEGIN … PRIVATE KEY-----` through its END line (or the end of the text) → `***`.
        private mutating func redactPrivateKey() -> Bool {
            let begin = SecretRedactor.keyBegin
            guard input[index] == UInt8(ascii: "-"), starts(with: begin, at: index) else { return false }
            let headerEnd = runEnd(from: index + begin.count, limit: 64) { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "\n") }
            guard input[index + begin.count..<headerEnd].reversed().starts(with: SecretRedactor.privateKeyReversed) else { return false }
            var cursor = headerEnd
            let footer = SecretRedactor.keyEnd
            while cursor < input.count, !starts(with: footer, at: cursor) { cursor += 1 }
            if cursor < input.count {
                cursor = runEnd(from: cursor + footer.count, limit: 64) { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "\n") }
                cursor = runEnd(from: cursor, limit: 5) { $0 == UInt8(ascii: "-") }
            }
            output += SecretRedactor.mask
            index = cursor
            return true
        }

        /// A known token prefix followed by enough token characters → the prefix and `***`.
        private mutating func redactToken() -> Bool {
            // Every prefix starts with one of these; most bytes are nothing of the kind.
            guard input[index] == UInt8(ascii: "A") || input[index] == UInt8(ascii: "g") || input[index] == UInt8(ascii: "x"),
                  atWordBoundary else { return false }
            for shape in SecretRedactor.tokenShapes where input[index] == shape.prefix[0] && starts(with: shape.prefix, at: index) {
                let bodyStart = index + shape.prefix.count
                guard runEnd(from: bodyStart, limit: shape.minimum, shape.body) - bodyStart == shape.minimum else { continue }
                output += shape.prefix + SecretRedactor.mask
                index = runEnd(from: bodyStart, shape.body)
                return true
            }
            return false
        }

        /// `eyJ…` header `.` payload (`.` signature) → `eyJ***`.
        private mutating func redactJWT() -> Bool {
            guard index >= noJWTBefore, input[index] == UInt8(ascii: "e"), atWordBoundary, starts(with: SecretRedactor.jwtPrefix, at: index) else { return false }
            let headerEnd = runEnd(from: index, SecretRedactor.isBase64URL)
            guard headerEnd - index >= 10, headerEnd < input.count, input[headerEnd] == UInt8(ascii: ".") else {
                noJWTBefore = headerEnd
                return false
            }
            let payloadEnd = runEnd(from: headerEnd + 1, SecretRedactor.isBase64URL)
            guard payloadEnd - headerEnd - 1 >= 10 else {
                noJWTBefore = payloadEnd
                return false
            }
            var end = payloadEnd
            if end < input.count, input[end] == UInt8(ascii: ".") { end = runEnd(from: end + 1, SecretRedactor.isBase64URL) }
            output += SecretRedactor.jwtPrefix + SecretRedactor.mask
            index = end
            return true
        }

        /// `password=hunter2` → `password=***`; `secret: "aZ3…"` → `secret: "***"` when the value looks random.
        private mutating func redactKeyedValue() -> Bool {
            let separator = input[index]
            guard separator == UInt8(ascii: "=") || separator == UInt8(ascii: ":"), namesSecretKey(before: index) else { return false }
            var valueStart = runEnd(from: index + 1, limit: 16) { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            if valueStart < input.count, SecretRedactor.isQuote(input[valueStart]) { valueStart += 1 }
            let valueEnd = runEnd(from: valueStart) { !SecretRedactor.endsValue($0) }
            let value = input[valueStart..<valueEnd]
            guard let first = value.first, first != UInt8(ascii: "$"), first != UInt8(ascii: "{") else { return false }
            guard separator == UInt8(ascii: "=") || SecretRedactor.looksRandom(value) else { return false }
            output += input[index..<valueStart] + SecretRedactor.mask
            index = valueEnd
            return true
        }

        /// Whether the identifier that ends at `position` ends with a secret key name.
        private func namesSecretKey(before position: Int) -> Bool {
            var start = position
            while start > 0, position - start < SecretRedactor.longestSecretKey, SecretRedactor.isKeyCharacter(input[start - 1]) { start -= 1 }
            let name = input[start..<position].map(SecretRedactor.lowercased)
            return SecretRedactor.secretKeys.contains { name.count >= $0.count && name.suffix($0.count).elementsEqual($0) }
        }
    }

    // MARK: - byte classes

    static func isUpperAlphanumeric(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || (48...57).contains(byte)
    }

    static func isWordCharacter(_ byte: UInt8) -> Bool {
        isUpperAlphanumeric(byte) || (97...122).contains(byte) || byte == UInt8(ascii: "_")
    }

    static func isBase64URL(_ byte: UInt8) -> Bool {
        isWordCharacter(byte) || byte == UInt8(ascii: "-")
    }

    static func isSlackCharacter(_ byte: UInt8) -> Bool {
        isUpperAlphanumeric(byte) || (97...122).contains(byte) || byte == UInt8(ascii: "-")
    }

    static func isKeyCharacter(_ byte: UInt8) -> Bool {
        isBase64URL(byte) || byte == UInt8(ascii: ".")
    }

    static func isQuote(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`")
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }

    /// Where a URL's `user:pass@host` part ends.
    static func endsAuthority(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"),
             UInt8(ascii: "\r"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "\\"):
            return true
        default:
            return false
        }
    }

    /// Where a `key=value` value ends.
    static func endsValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\""), UInt8(ascii: "'"),
             UInt8(ascii: "`"), UInt8(ascii: "&"), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: "]"),
             UInt8(ascii: "}"), UInt8(ascii: "<"), UInt8(ascii: ">"):
            return true
        default:
            return false
        }
    }

    /// At least 8 characters mixing letters and digits: what a generated secret looks like, and an
    /// identifier such as `GITHUB_TOKEN` does not.
    static func looksRandom(_ value: ArraySlice<UInt8>) -> Bool {
        value.count >= 8 && value.contains { (48...57).contains($0) } && value.contains { (65...90).contains($0) || (97...122).contains($0) }
    }
}

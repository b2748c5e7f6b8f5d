/// Whether a variable or key name says it holds a credential (`DB_PASSWORD`, `apiKey`, `github-token`).
/// Shared by every pack that judges environment variables and settings.
enum SecretName {
    private static let secretWords: Set<String> = [
        "PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "SECRETS", "TOKEN", "APIKEY", "CREDENTIALS", "CREDENTIAL",
        "PRIVATEKEY", "ACCESSKEY", "SECRETKEY", "AUTHTOKEN",
    ]
    private static let secretSuffixes = ["PASSWORD", "PASSWD", "TOKEN", "SECRET", "APIKEY"]
    /// `API_KEY`, `PRIVATE_KEY`…: a word that makes the following `KEY` a credential.
    private static let keyQualifiers: Set<String> = ["API", "ACCESS", "PRIVATE", "SECRET", "AUTH", "SIGNING", "ENCRYPTION", "MASTER"]
    /// Names ending like this hold a location or a setting, not the secret itself.
    private static let harmlessLastWords: Set<String> = ["FILE", "PATH", "DIR", "FILENAME", "LOCATION", "NAME", "TYPE", "LENGTH", "ENABLED", "URL", "HEADER"]

    static func matches(_ name: String) -> Bool {
        let words = self.words(of: name)
        guard let last = words.last, !harmlessLastWords.contains(last) else { return false }
        if words.contains(where: { secretWords.contains($0) || secretSuffixes.contains(where: $0.hasSuffix) }) { return true }
        return zip(words, words.dropFirst()).contains { keyQualifiers.contains($0) && $1 == "KEY" }
    }

    /// `apiKey` → [API, KEY]; `AWS_SECRET_ACCESS_KEY` → [AWS, SECRET, ACCESS, KEY].
    private static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLowercase = false
        for character in name {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current.uppercased()) }
                current = ""
                previousWasLowercase = false
                continue
            }
            if character.isUppercase, previousWasLowercase, !current.isEmpty {
                words.append(current.uppercased())
                current = ""
            }
            current.append(character)
            previousWasLowercase = character.isLowercase
        }
        if !current.isEmpty { words.append(current.uppercased()) }
        return words
    }
}

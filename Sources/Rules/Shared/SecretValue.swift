/// What the value of a secret-named key (or a token-shaped string) is: the one classification the
/// secrets engine and every pack rule that judges secret-named keys share, so that a flag, a
/// reference or a placeholder is never reported as a committed credential, and a well-known
/// default password always is.
enum SecretValue: Equatable {
    case empty
    /// `true`, `no`, `0`: a setting about secrets (`persist-credentials: false`), not one.
    case flag
    /// A value resolved elsewhere: `${VAR}`, `$(VAR)`, `{{ .Values.x }}`, `${{ secrets.X }}`, an ARN,
    /// `alias/aws/sqs`, a Vault or secret-manager path, a file path, a `SECRET_ID`-style name.
    case reference
    /// Documentation's stand-ins: `<your-token>`, `‹…›`, `xxxx`, `…PLACEHOLDER`, `AKIAIOSFODNN7EXAMPLE`, `****`.
    case placeholder
    /// `changeme`, `password`, `admin`: a real, guessable credential.
    case defaultPassword
    case literal

    /// Whether the value is a credential someone could use (a literal or a default password).
    var isCredential: Bool { self == .literal || self == .defaultPassword }

    static func classify(_ raw: some StringProtocol) -> SecretValue {
        // What tells a placeholder or a reference is at its start: a long value is judged by its first
        // characters, so classifying costs a bounded time whatever the value's length.
        var value = Substring(raw).prefix(Self.longestJudged).trimmingSpaces
        if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" || first == "`" {
            value = value.dropFirst().dropLast().trimmingSpaces
        }
        guard !value.isEmpty else { return .empty }
        let lower = value.lowercased()
        if flags.contains(lower) { return .flag }
        if isReference(value, lower: lower) { return .reference }
        if isPlaceholder(value, lower: lower) { return .placeholder }
        if isVariableName(value) { return .reference }
        if defaultPasswords.contains(lower) { return .defaultPassword }
        return .literal
    }

    private static let longestJudged = 512

    private static let flags: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "0", "1", "null", "nil", "none", "~", "enabled", "disabled",
        "required", "optional", "auto", "always", "never",
    ]

    static let defaultPasswords: Set<String> = [
        "changeme", "change_me", "change-me", "changeit", "password", "passw0rd", "p@ssw0rd", "p@ssword", "password1", "password123",
        "admin", "admin123", "administrator", "root", "toor", "secret", "letmein", "123456", "12345678", "123456789", "qwerty",
        "default", "guest", "test", "testing", "pass", "welcome", "postgres", "mysql", "redis", "rabbitmq", "guest123", "master",
        "superuser", "demo", "user", "sa", "oracle", "elastic", "minioadmin", "jenkins",
    ]

    private static let referencePrefixes = [
        "$", "arn:", "alias/", "secretkeyref", "vault:", "vault://", "op://", "ssm:", "sm://", "gcpsm://", "azkv://", "!ref", "!sub",
        "!getatt", "!importvalue", "{resolve:", "{{resolve:", "@microsoft.keyvault(", "secretref:", "var.", "local.", "data.",
        "module.", "process.env", "os.environ", "env(", "env.", "secrets.", "file(", "/run/secrets/", "/var/run/secrets/",
        "projects/", "sops:", "enc[", "kms:", "vault(", "lookup(", "#{", "((", "%(", "%{", "@@",
    ]

    private static func isReference(_ value: Substring, lower: String) -> Bool {
        if referencePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if value.contains("{{") || value.contains("${") || value.contains("$(") { return true }
        // A path to where the secret is kept: `/etc/app/key`, `./secret.txt`, `~/.ssh/id_rsa`, `secret/data/app`.
        if (value.hasPrefix("/") || value.hasPrefix("./") || value.hasPrefix("../") || value.hasPrefix("~/")) && !value.contains(" ") {
            return true
        }
        return lower.hasPrefix("secret/") || lower.hasPrefix("kv/")
    }

    /// `SECRET_ID`, `GITHUB_TOKEN`: the name of a variable, not its value.
    private static func isVariableName(_ value: Substring) -> Bool {
        value.contains("_") && value.utf8.first.map { (65...90).contains($0) } == true
            && value.utf8.allSatisfy { (65...90).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "_") }
    }

    private static let placeholderWords = [
        "placeholder", "example", "sample", "dummy", "redacted", "replace", "your-", "your_", "yourtoken", "yourkey",
        "yourpassword", "insert", "enter-", "enter_", "todo", "tbd", "fixme", "<", "‹", "«", "[your", "not-a-secret", "notasecret",
        "fake", "mock",
    ]

    private static func isPlaceholder(_ value: Substring, lower: String) -> Bool {
        if placeholderWords.contains(where: { lower.contains($0) }) { return true }
        if lower.hasSuffix("…") || lower.hasSuffix("...") { return true }
        // Masks and runs of one character (`xxxxxxxx`, `********`, `00000000`, `abcabc…` is not: only one-character runs).
        let bytes = Array(lower.utf8)
        let masked = bytes.filter { $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: ".") }.count
        if bytes.count >= 4 && masked * 2 >= bytes.count { return true }
        if let first = bytes.first, bytes.count >= 4, bytes.allSatisfy({ $0 == first }) { return true }
        return false
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" || first == "\r" || first == "\n" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" || last == "\r" || last == "\n" { result = result.dropLast() }
        return result
    }
}

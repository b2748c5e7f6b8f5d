/// Whether a variable or key name says it holds a credential (`DB_PASSWORD`, `apiKey`, `github-token`).
enum SecretName {
    private static let markers = [
        "PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "APIKEY", "API_KEY", "ACCESSKEY", "ACCESS_KEY",
        "PRIVATEKEY", "PRIVATE_KEY", "CREDENTIAL",
    ]

    static func looksSecret(_ name: String) -> Bool {
        let normalised = String(name.uppercased().map { $0 == "-" ? "_" : $0 })
        return markers.contains { normalised.contains($0) }
    }

    /// Values that are clearly not credentials: empty, or a reference resolved at deploy time.
    static func isPlaceholder(_ value: String) -> Bool {
        value.isEmpty || value.hasPrefix("$") || value.contains("{{")
    }
}

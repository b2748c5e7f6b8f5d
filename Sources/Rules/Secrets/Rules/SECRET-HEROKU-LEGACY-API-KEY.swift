extension SecretDetector {
    static let herokuLegacyAPIKey = SecretDetector(
        id: "SECRET-HEROKU-LEGACY-API-KEY", title: "Heroku legacy API key",
        grants: "every app, add-on and config var (with their secrets) of the Heroku account",
        revoke: "Heroku › Account settings › API key, regenerate it",
        equivalents: [.gitleaks("heroku-api-key"), .trufflehog("Heroku")],
        finder: KeyedValue(keys: ["heroku_api_key", "heroku-api-key", "herokuapikey"], .uuid, 36...36, minimumEntropy: 3.0) { $0.filter { $0 == UInt8(ascii: "-") }.count == 4 },
        triggering: [
            "↓HEROKU_API_KEY=40728358-0cbd-b88e-aafa-9ad958a47a43",
        ],
        nonTriggering: [
            "HEROKU_API_KEY=${HEROKU_API_KEY}",
            "HEROKU_API_KEY=00000000-0000-0000-0000-000000000000",
        ])
}

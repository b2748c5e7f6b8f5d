extension SecretDetector {
    static let gcpAPIKey = SecretDetector(
        id: "SECRET-GCP-API-KEY", title: "Google API key",
        grants: "calling the Google APIs enabled for the project (Maps, Gemini, Firebase…), billed to it",
        revoke: "the Google Cloud console › APIs & Services › Credentials, delete or restrict the key",
        equivalents: [.gitleaks("gcp-api-key"), .trufflehog("GoogleApiKey")],
        finder: TokenFormat(prefixes: ["AIza"], [.init(.base64URL, 35...35)]),
        triggering: [
            "↓GOOGLE_API_KEY=AIzakNziuw6S0aWhV-Ck4viGaR9S7zzIh1H8cCx",
            "# Google API key\nclient:\n↓  google_api_key: \"AIzakNziuw6S0aWhV-Ck4viGaR9S7zzIh1H8cCx\"",
        ],
        nonTriggering: [
            "GOOGLE_API_KEY=${GOOGLE_API_KEY}",
            "GOOGLE_API_KEY=AIzakNziuw6S0aWhV-Ck4viGaR9S7zzIh1H8cC",
        ])
}

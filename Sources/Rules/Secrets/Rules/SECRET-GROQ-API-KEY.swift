extension SecretDetector {
    static let groqAPIKey = SecretDetector(
        id: "SECRET-GROQ-API-KEY", title: "Groq API key",
        grants: "using Groq models billed to the account",
        revoke: "console.groq.com › API Keys, delete it",
        equivalents: [.trufflehog("Groq")],
        finder: TokenFormat(prefixes: ["gsk_"], [.init(.alphanumeric, 52...52)], minimumEntropy: 3.5),
        triggering: [
            "↓GROQ_API_KEY=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",
            "# Groq API key\nclient:\n↓  groq_api_key: \"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\"",
        ],
        nonTriggering: [
            "GROQ_API_KEY=${GROQ_API_KEY}",
            "GROQ_API_KEY=gsk_KYu4243TUhhLZ8ZYGXEXXM7uS7sQipsSLJhp6eUkZQ4WLwi1Juv",
        ])
}

extension SecretDetector {
    static let openRouterAPIKey = SecretDetector(
        id: "SECRET-OPENROUTER-API-KEY", title: "OpenRouter API key",
        grants: "using every model OpenRouter routes to, billed to the account",
        revoke: "openrouter.ai › Keys, delete it",
        equivalents: [.trufflehog("OpenRouter")],
        finder: TokenFormat(prefixes: ["sk-or-v1-"], [.init(.lowerHex, 64...64)]),
        triggering: [
            "↓OPENROUTER_API_KEY=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",
            "# OpenRouter API key\nclient:\n↓  openrouter_api_key: \"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\"",
        ],
        nonTriggering: [
            "OPENROUTER_API_KEY=${OPENROUTER_API_KEY}",
            "OPENROUTER_API_KEY=sk-or-v1-5d42bc942bb3d9abd3ac2479577d3250fb471030b855dabf3978045166313fa",
        ])
}

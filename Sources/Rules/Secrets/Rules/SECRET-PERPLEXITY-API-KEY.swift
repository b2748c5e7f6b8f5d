extension SecretDetector {
    static let perplexityAPIKey = SecretDetector(
        id: "SECRET-PERPLEXITY-API-KEY", title: "Perplexity API key",
        grants: "using Perplexity models billed to the account",
        revoke: "perplexity.ai › Settings › API, revoke it",
        equivalents: [.gitleaks("perplexity-api-key")],
        finder: TokenFormat(prefixes: ["pplx-"], [.init(.alphanumeric, 48...48)], minimumEntropy: 3.5),
        triggering: [
            "↓PERPLEXITY_API_KEY=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",
            "# Perplexity API key\nclient:\n↓  perplexity_api_key: \"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\"",
        ],
        nonTriggering: [
            "PERPLEXITY_API_KEY=${PERPLEXITY_API_KEY}",
            "PERPLEXITY_API_KEY=pplx-B2dy9dalqqJLbidgpSDOURqRQc1s6fnygDtXROSebHhlHdc",
        ])
}

extension SecretDetector {
    static let anthropicAPIKey = SecretDetector(
        id: "SECRET-ANTHROPIC-API-KEY", title: "Anthropic API key",
        grants: "using the Anthropic organisation's models, billed to it",
        revoke: "console.anthropic.com › API keys, delete the key",
        equivalents: [.gitleaks("anthropic-api-key"), .trufflehog("Anthropic")],
        finder: TokenFormat(prefixes: ["sk-ant-api03-"], [.init(.base64URL, 80...120)], minimumEntropy: 4.0),
        triggering: [
            "↓ANTHROPIC_API_KEY=sk-ant-api03-pVwt6Cdy96roVaUlAX6wCR0aABEK0wDN4CexvvU-AD9TrwsIjf_B9EluCzfcQ88WZmlEEyRvkKusCoCs",
            "# Anthropic API key\nclient:\n↓  anthropic_api_key: \"sk-ant-api03-pVwt6Cdy96roVaUlAX6wCR0aABEK0wDN4CexvvU-AD9TrwsIjf_B9EluCzfcQ88WZmlEEyRvkKusCoCs\"",
        ],
        nonTriggering: [
            "ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}",
            "ANTHROPIC_API_KEY=sk-ant-api03-pVwt6Cdy96roVaUlAX6wCR0aABEK0wDN4CexvvU-AD9TrwsIjf_B9EluCzfcQ88WZmlEEyRvkKusCoC",
        ])
}

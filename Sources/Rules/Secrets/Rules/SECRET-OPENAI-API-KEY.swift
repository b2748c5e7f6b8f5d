extension SecretDetector {
    static let openAIAPIKey = SecretDetector(
        id: "SECRET-OPENAI-API-KEY", title: "OpenAI API key",
        grants: "using the OpenAI organisation's models and data, billed to it",
        revoke: "platform.openai.com › API keys, revoke the key",
        equivalents: [.gitleaks("openai-api-key"), .trufflehog("OpenAI")],
        finder: TokenFormat(anchors: [.shape(#"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"#, width: 51)], []),
        triggering: [
            "↓OPENAI_API_KEY=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",
            "# OpenAI API key\nclient:\n↓  openai_api_key: \"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\"",
        ],
        nonTriggering: [
            "OPENAI_API_KEY=${OPENAI_API_KEY}",
            "OPENAI_API_KEY=sk-KYwC6o6dSts9zfOPa6QNT3BlbkFJxZuQs1SZJw",
        ])
}

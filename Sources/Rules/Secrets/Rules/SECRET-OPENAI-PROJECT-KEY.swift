extension SecretDetector {
    static let openAIProjectKey = SecretDetector(
        id: "SECRET-OPENAI-PROJECT-KEY", title: "OpenAI project or service-account key",
        grants: "using the OpenAI project's models, files and assistants, billed to it",
        revoke: "platform.openai.com › API keys, revoke the key",
        equivalents: [.gitleaks("openai-api-key"), .trufflehog("OpenAI")],
        finder: TokenFormat(prefixes: ["sk-proj-", "sk-svcacct-", "sk-admin-"], [.init(.base64URL, 40...250)], minimumEntropy: 4.0),
        triggering: [
            "↓OPENAI_API_KEY=sk-proj-SYc8r8XsXRmqw3BEHVOh4tSEHUa_5mGtttFjnU1q",
            "# OpenAI project or service-account key\nclient:\n↓  openai_api_key: \"sk-proj-SYc8r8XsXRmqw3BEHVOh4tSEHUa_5mGtttFjnU1q\"",
        ],
        nonTriggering: [
            "OPENAI_API_KEY=${OPENAI_API_KEY}",
            "OPENAI_API_KEY=sk-proj-SYc8r8XsXRmqw3BEHVOh4tSEHUa_5mGtttFjnU1",
        ])
}

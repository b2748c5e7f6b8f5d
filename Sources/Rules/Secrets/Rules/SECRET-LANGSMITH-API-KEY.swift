extension SecretDetector {
    static let langSmithAPIKey = SecretDetector(
        id: "SECRET-LANGSMITH-API-KEY", title: "LangSmith API key",
        grants: "the LangSmith workspace's traces (prompts, outputs, user data)",
        revoke: "smith.langchain.com › Settings › API Keys, delete it",
        equivalents: [.trufflehog("LangSmith")],
        finder: TokenFormat(prefixes: ["lsv2_pt_", "lsv2_sk_"], [.init(.lowerHex, 32...32, then: "_"), .init(.lowerHex, 10...10)]),
        triggering: [
            "↓LANGSMITH_API_KEY=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",
            "# LangSmith API key\nclient:\n↓  langsmith_api_key: \"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\"",
        ],
        nonTriggering: [
            "LANGSMITH_API_KEY=${LANGSMITH_API_KEY}",
            "LANGSMITH_API_KEY=lsv2_pt_b7518eefb55551604460aed5bb48dced_c9d70c7fc",
        ])
}

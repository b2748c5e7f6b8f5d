extension SecretDetector {
    static let huggingFaceToken = SecretDetector(
        id: "SECRET-HUGGINGFACE-TOKEN", title: "Hugging Face access token",
        grants: "the user's private models, datasets and Spaces (and writing to them)",
        revoke: "huggingface.co › Settings › Access Tokens, invalidate it",
        equivalents: [.gitleaks("huggingface-access-token"), .trufflehog("HuggingFace")],
        finder: TokenFormat(prefixes: ["hf_"], [.init(.letters, 34...34)], minimumEntropy: 3.5),
        triggering: [
            "↓HF_TOKEN=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",
            "# Hugging Face access token\nclient:\n↓  hf_token: \"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\"",
        ],
        nonTriggering: [
            "HF_TOKEN=${HF_TOKEN}",
            "HF_TOKEN=hf_lkdRkEXThxcixWHHUHQiJwpejrDlXmPbg",
        ])
}

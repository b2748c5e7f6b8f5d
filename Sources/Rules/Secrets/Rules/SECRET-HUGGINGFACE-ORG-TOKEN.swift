extension SecretDetector {
    static let huggingFaceOrganizationToken = SecretDetector(
        id: "SECRET-HUGGINGFACE-ORG-TOKEN", title: "Hugging Face organisation API token",
        grants: "the organisation's private models and datasets",
        revoke: "huggingface.co › the organisation's settings, revoke the token",
        equivalents: [.gitleaks("huggingface-organization-api-token"), .trufflehog("HuggingFace")],
        finder: TokenFormat(prefixes: ["api_org_"], [.init(.letters, 34...34)], minimumEntropy: 3.5),
        triggering: [
            "↓HF_ORG_TOKEN=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",
            "# Hugging Face organisation API token\nclient:\n↓  hf_org_token: \"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\"",
        ],
        nonTriggering: [
            "HF_ORG_TOKEN=${HF_ORG_TOKEN}",
            "HF_ORG_TOKEN=api_org_jquRHUktboApXRlhssquPTNvpgCdVqPxF",
        ])
}

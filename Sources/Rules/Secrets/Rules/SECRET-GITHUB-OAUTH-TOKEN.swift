extension SecretDetector {
    static let githubOAuthToken = SecretDetector(
        id: "SECRET-GITHUB-OAUTH-TOKEN", title: "GitHub OAuth access token",
        grants: "the repositories, organisations and scopes of the account or app it was issued to",
        revoke: "GitHub settings › Developer settings, or the organisation's token list",
        equivalents: [.gitleaks("github-oauth"), .trufflehog("Github")],
        finder: TokenFormat(prefixes: ["gho_"], [.init(.alphanumeric, 36...36)], checksum: .crc32Base62),
        triggering: [
            "↓GITHUB_TOKEN=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",
            "# GitHub OAuth access token\nclient:\n↓  github_token: \"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\"",
        ],
        nonTriggering: [
            "GITHUB_TOKEN=${GITHUB_TOKEN}",
            "GITHUB_TOKEN=gho_Vkm3WLYA6jNPIP4ECTDj0e0ELPcdD33ct0jA",
        ])
}

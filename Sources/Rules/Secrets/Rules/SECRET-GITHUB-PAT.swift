extension SecretDetector {
    static let githubPersonalAccessToken = SecretDetector(
        id: "SECRET-GITHUB-PAT", title: "GitHub personal access token (classic)",
        grants: "the repositories, organisations and scopes of the account or app it was issued to",
        revoke: "GitHub settings › Developer settings, or the organisation's token list",
        equivalents: [.gitleaks("github-pat"), .trufflehog("Github")],
        finder: TokenFormat(prefixes: ["ghp_"], [.init(.alphanumeric, 36...36)], checksum: .crc32Base62),
        triggering: [
            "↓GITHUB_TOKEN=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",
            "# GitHub personal access token (classic)\nclient:\n↓  github_token: \"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\"",
        ],
        nonTriggering: [
            "GITHUB_TOKEN=${GITHUB_TOKEN}",
            "GITHUB_TOKEN=ghp_6I7TR9rPF8u8uPRWEPBNgVqBtQDgRs1NEEGA",
        ])
}

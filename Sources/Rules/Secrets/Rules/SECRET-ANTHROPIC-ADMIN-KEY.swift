extension SecretDetector {
    static let anthropicAdminKey = SecretDetector(
        id: "SECRET-ANTHROPIC-ADMIN-KEY", title: "Anthropic admin key",
        grants: "managing the Anthropic organisation: members, workspaces and API keys",
        revoke: "console.anthropic.com › Admin keys, delete the key",
        equivalents: [.gitleaks("anthropic-admin-api-key"), .trufflehog("Anthropic")],
        finder: TokenFormat(prefixes: ["sk-ant-admin01-"], [.init(.base64URL, 80...120)], minimumEntropy: 4.0),
        triggering: [
            "↓ANTHROPIC_ADMIN_KEY=sk-ant-admin01-533HsYYv-KxT0SNsU7U7JVPGAocpwFdUCDAB2JJB6KbgZC86veENqRBHwAHHRZ9LShABwcDBEVGlmRbD",
            "# Anthropic admin key\nclient:\n↓  anthropic_admin_key: \"sk-ant-admin01-533HsYYv-KxT0SNsU7U7JVPGAocpwFdUCDAB2JJB6KbgZC86veENqRBHwAHHRZ9LShABwcDBEVGlmRbD\"",
        ],
        nonTriggering: [
            "ANTHROPIC_ADMIN_KEY=${ANTHROPIC_ADMIN_KEY}",
            "ANTHROPIC_ADMIN_KEY=sk-ant-admin01-533HsYYv-KxT0SNsU7U7JVPGAocpwFdUCDAB2JJB6KbgZC86veENqRBHwAHHRZ9LShABwcDBEVGlmRb",
        ])
}

extension SecretDetector {
    static let intra42ClientSecret = SecretDetector(
        id: "SECRET-INTRA42-CLIENT-SECRET", title: "42 Intra client secret",
        grants: "impersonating the 42 OAuth application",
        revoke: "profile.intra.42.fr › the application, replace the secret",
        equivalents: [.gitleaks("intra42-client-secret")],
        finder: TokenFormat(prefixes: ["s-s4t2ud-", "s-s4t2af-"], [.init(.lowerHex, 64...64)]),
        triggering: [
            "↓FT_CLIENT_SECRET=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",
            "# 42 Intra client secret\nclient:\n↓  ft_client_secret: \"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\"",
        ],
        nonTriggering: [
            "FT_CLIENT_SECRET=${FT_CLIENT_SECRET}",
            "FT_CLIENT_SECRET=s-s4t2ud-e713fcfe364f114ad8ee0d2d2fdd5836684f3dc7d1908f5f39a33cc9d0ead3c",
        ])
}

extension SecretDetector {
    static let npmAccessToken = SecretDetector(
        id: "SECRET-NPM-TOKEN", title: "npm access token",
        grants: "publishing and reading the packages of the npm account",
        revoke: "npmjs.com › Access Tokens",
        equivalents: [.gitleaks("npm-access-token"), .trufflehog("NpmToken")],
        finder: TokenFormat(prefixes: ["npm_"], [.init(.alphanumeric, 36...36)], checksum: .crc32Base62),
        triggering: [
            "↓NPM_TOKEN=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",
            "# npm access token\nclient:\n↓  npm_token: \"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\"",
        ],
        nonTriggering: [
            "NPM_TOKEN=${NPM_TOKEN}",
            "NPM_TOKEN=npm_7LQcUOxFcCJAEgBBOlzMz491fDm9xm3nihpA",
        ])
}

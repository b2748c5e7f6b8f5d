extension SecretDetector {
    static let postmanAPIKey = SecretDetector(
        id: "SECRET-POSTMAN-API-KEY", title: "Postman API key",
        grants: "the user's collections and environments (which hold further secrets)",
        revoke: "Postman › Settings › API keys, delete it",
        equivalents: [.gitleaks("postman-api-token"), .trufflehog("Postman")],
        finder: TokenFormat(prefixes: ["PMAK-"], [.init(.lowerHex, 24...24, then: "-"), .init(.lowerHex, 34...34)]),
        triggering: [
            "↓POSTMAN_API_KEY=PMAK-5f19f5cd2a10bbeac4506642-aa602fb512e682b0186d0cd9ef88e4e4fe",
            "# Postman API key\nclient:\n↓  postman_api_key: \"PMAK-5f19f5cd2a10bbeac4506642-aa602fb512e682b0186d0cd9ef88e4e4fe\"",
        ],
        nonTriggering: [
            "POSTMAN_API_KEY=${POSTMAN_API_KEY}",
            "POSTMAN_API_KEY=PMAK-5f19f5cd2a10bbeac4506642-aa602fb512e682b0186d0cd9ef88e4e4f",
        ])
}

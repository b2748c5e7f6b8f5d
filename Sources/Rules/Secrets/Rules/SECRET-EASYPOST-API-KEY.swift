extension SecretDetector {
    static let easyPostAPIKey = SecretDetector(
        id: "SECRET-EASYPOST-API-KEY", title: "EasyPost API key",
        grants: "buying shipping labels billed to the account and reading its shipments",
        revoke: "the EasyPost dashboard › API keys, disable it",
        equivalents: [.gitleaks("easypost-api-token")],
        finder: TokenFormat(prefixes: ["EZAK", "EZTK"], [.init(.alphanumeric, 54...54)], minimumEntropy: 3.5),
        triggering: [
            "↓EASYPOST_API_KEY=EZAK1aNpgFnU4vZkS7dqWlPOPjimpZkgHj5UCEDe5nl7ape8xomMD7itdW",
            "# EasyPost API key\nclient:\n↓  easypost_api_key: \"EZAK1aNpgFnU4vZkS7dqWlPOPjimpZkgHj5UCEDe5nl7ape8xomMD7itdW\"",
        ],
        nonTriggering: [
            "EASYPOST_API_KEY=${EASYPOST_API_KEY}",
            "EASYPOST_API_KEY=EZAK1aNpgFnU4vZkS7dqWlPOPjimpZkgHj5UCEDe5nl7ape8xomMD7itd",
        ])
}

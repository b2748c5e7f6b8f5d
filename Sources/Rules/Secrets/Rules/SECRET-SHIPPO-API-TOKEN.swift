extension SecretDetector {
    static let shippoAPIToken = SecretDetector(
        id: "SECRET-SHIPPO-API-TOKEN", title: "Shippo API token",
        grants: "buying shipping labels billed to the account",
        revoke: "Shippo › Settings › API, regenerate the token",
        equivalents: [.gitleaks("shippo-api-token")],
        finder: TokenFormat(prefixes: ["shippo_live_", "shippo_test_"], [.init(.lowerHex, 40...40)]),
        triggering: [
            "↓SHIPPO_API_TOKEN=shippo_live_aa8a12c68476ea53bcea06a41c59758d18b7f037",
            "# Shippo API token\nclient:\n↓  shippo_api_token: \"shippo_live_aa8a12c68476ea53bcea06a41c59758d18b7f037\"",
        ],
        nonTriggering: [
            "SHIPPO_API_TOKEN=${SHIPPO_API_TOKEN}",
            "SHIPPO_API_TOKEN=shippo_live_aa8a12c68476ea53bcea06a41c59758d18b7f03",
        ])
}

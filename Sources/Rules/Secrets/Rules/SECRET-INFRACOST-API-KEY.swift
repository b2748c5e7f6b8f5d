extension SecretDetector {
    static let infracostAPIKey = SecretDetector(
        id: "SECRET-INFRACOST-API-KEY", title: "Infracost API key",
        grants: "the organisation's Infracost Cloud data and pricing API quota",
        revoke: "Infracost Cloud › Org settings, rotate the key",
        equivalents: [.gitleaks("infracost-api-token")],
        finder: TokenFormat(prefixes: ["ico-"], [.init(.alphanumeric, 32...32)], minimumEntropy: 3.5),
        triggering: [
            "↓INFRACOST_API_KEY=ico-6Jn2znkP4Jkh7I6ZPikRJWEhJS101EUX",
            "# Infracost API key\nclient:\n↓  infracost_api_key: \"ico-6Jn2znkP4Jkh7I6ZPikRJWEhJS101EUX\"",
        ],
        nonTriggering: [
            "INFRACOST_API_KEY=${INFRACOST_API_KEY}",
            "INFRACOST_API_KEY=ico-6Jn2znkP4Jkh7I6ZPikRJWEhJS101EU",
        ])
}

extension SecretDetector {
    static let newRelicUserAPIKey = SecretDetector(
        id: "SECRET-NEWRELIC-USER-API-KEY", title: "New Relic user API key",
        grants: "the account's NerdGraph API: data, alerts, configuration",
        revoke: "New Relic › API keys, delete it",
        equivalents: [.gitleaks("new-relic-user-api-key"), .trufflehog("NewRelicPersonalApiKey")],
        finder: TokenFormat(prefixes: ["NRAK-"], [.init(.upperAlphanumeric, 27...27)], minimumEntropy: 3.5),
        triggering: [
            "↓NEW_RELIC_API_KEY=NRAK-JW9BIQYCPI52GLCDXO0HD0X8K7Y",
            "# New Relic user API key\nclient:\n↓  new_relic_api_key: \"NRAK-JW9BIQYCPI52GLCDXO0HD0X8K7Y\"",
        ],
        nonTriggering: [
            "NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}",
            "NEW_RELIC_API_KEY=NRAK-JW9BIQYCPI52GLCDXO0HD0X8K7",
        ])
}

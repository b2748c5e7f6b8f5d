extension SecretDetector {
    static let newRelicInsertKey = SecretDetector(
        id: "SECRET-NEWRELIC-INSERT-KEY", title: "New Relic insert key",
        grants: "writing events into the New Relic account (forged telemetry, cost)",
        revoke: "New Relic › API keys, delete it",
        equivalents: [.gitleaks("new-relic-insert-key")],
        finder: TokenFormat(prefixes: ["NRII-"], [.init(.base64URL, 32...32)], minimumEntropy: 3.5),
        triggering: [
            "↓NEW_RELIC_INSERT_KEY=NRII-6xnfZ0CXScGm74KJwUclx75pbl6Bdsr7",
            "# New Relic insert key\nclient:\n↓  new_relic_insert_key: \"NRII-6xnfZ0CXScGm74KJwUclx75pbl6Bdsr7\"",
        ],
        nonTriggering: [
            "NEW_RELIC_INSERT_KEY=${NEW_RELIC_INSERT_KEY}",
            "NEW_RELIC_INSERT_KEY=NRII-6xnfZ0CXScGm74KJwUclx75pbl6Bdsr",
        ])
}

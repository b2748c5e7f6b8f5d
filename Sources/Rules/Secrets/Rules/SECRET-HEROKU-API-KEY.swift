extension SecretDetector {
    static let herokuAPIKey = SecretDetector(
        id: "SECRET-HEROKU-API-KEY", title: "Heroku API key",
        grants: "every app, add-on and config var (with their secrets) of the Heroku account",
        revoke: "Heroku › Account settings › API key, regenerate it",
        equivalents: [.gitleaks("heroku-api-key-v2"), .trufflehog("Heroku")],
        finder: TokenFormat(prefixes: ["HRKU-AA"], [.init(.base64URL, 58...58)]),
        triggering: [
            "↓HEROKU_API_KEY=HRKU-AA1XoHnvD3S_W8dqiYWD6LCFSkfcl8QEJBxNUlzUDOyp-QFmXnGXSBiqXy8s",
            "# Heroku API key\nclient:\n↓  heroku_api_key: \"HRKU-AA1XoHnvD3S_W8dqiYWD6LCFSkfcl8QEJBxNUlzUDOyp-QFmXnGXSBiqXy8s\"",
        ],
        nonTriggering: [
            "HEROKU_API_KEY=${HEROKU_API_KEY}",
            "HEROKU_API_KEY=HRKU-AA1XoHnvD3S_W8dqiYWD6LCFSkfcl8QEJBxNUlzUDOyp-QFmXnGXSBiqXy8",
        ])
}

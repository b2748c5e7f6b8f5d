extension SecretDetector {
    static let scalingoToken = SecretDetector(
        id: "SECRET-SCALINGO-TOKEN", title: "Scalingo API token",
        grants: "the account's apps, add-ons and environment variables",
        revoke: "the Scalingo dashboard › Tokens, revoke it",
        equivalents: [.gitleaks("scalingo-api-token")],
        finder: TokenFormat(prefixes: ["tk-us-"], [.init(.base64URL, 48...48)]),
        triggering: [
            "↓SCALINGO_API_TOKEN=tk-us-aBEq5mGsq1FcZn-519GstmTe27saLEuwpz2R20aKfMo4K60B",
            "# Scalingo API token\nclient:\n↓  scalingo_api_token: \"tk-us-aBEq5mGsq1FcZn-519GstmTe27saLEuwpz2R20aKfMo4K60B\"",
        ],
        nonTriggering: [
            "SCALINGO_API_TOKEN=${SCALINGO_API_TOKEN}",
            "SCALINGO_API_TOKEN=tk-us-aBEq5mGsq1FcZn-519GstmTe27saLEuwpz2R20aKfMo4K60",
        ])
}

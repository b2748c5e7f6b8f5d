extension SecretDetector {
    static let sentryUserToken = SecretDetector(
        id: "SECRET-SENTRY-USER-TOKEN", title: "Sentry user auth token",
        grants: "the user's Sentry organisations and projects",
        revoke: "Sentry › User settings › Auth tokens, revoke it",
        equivalents: [.gitleaks("sentry-user-token"), .trufflehog("SentryToken")],
        finder: TokenFormat(prefixes: ["sntryu_"], [.init(.lowerHex, 64...64)]),
        triggering: [
            "↓SENTRY_AUTH_TOKEN=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",
            "# Sentry user auth token\nclient:\n↓  sentry_auth_token: \"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\"",
        ],
        nonTriggering: [
            "SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}",
            "SENTRY_AUTH_TOKEN=sntryu_ba99c97465c1866a25ce0d32ef08b46175508fd71f08519880a7af6a35a9138",
        ])
}

extension SecretDetector {
    static let sentryOrganizationToken = SecretDetector(
        id: "SECRET-SENTRY-ORG-TOKEN", title: "Sentry organisation auth token",
        grants: "uploading releases and source maps and reading the organisation's issues",
        revoke: "Sentry › Settings › Auth tokens, revoke it",
        equivalents: [.gitleaks("sentry-org-token"), .trufflehog("SentryOrgToken")],
        finder: TokenFormat(prefixes: ["sntrys_eyJ"], [.init(.base64PaddedUnderscore, 50...1000)], minimumEntropy: 4.0),
        triggering: [
            "↓SENTRY_AUTH_TOKEN=sntrys_eyJ7qzHm8iY8UMEWt6h3tGqZ20WYc4QyFg9G4nL3Z3SwvZooKyOAv",
            "# Sentry organisation auth token\nclient:\n↓  sentry_auth_token: \"sntrys_eyJ7qzHm8iY8UMEWt6h3tGqZ20WYc4QyFg9G4nL3Z3SwvZooKyOAv\"",
        ],
        nonTriggering: [
            "SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}",
            "SENTRY_AUTH_TOKEN=sntrys_eyJ7qzHm8iY8UMEWt6h3tGqZ20WYc4QyFg9G4nL3Z3SwvZooKyOA",
        ])
}

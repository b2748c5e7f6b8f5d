extension SecretDetector {
    static let gcpOAuthClientSecret = SecretDetector(
        id: "SECRET-GCP-OAUTH-CLIENT-SECRET", title: "Google OAuth client secret",
        grants: "impersonating the OAuth application to Google users",
        revoke: "the Google Cloud console › APIs & Services › Credentials, reset the secret",
        equivalents: [.trufflehog("GoogleOauth2")],
        finder: TokenFormat(prefixes: ["GOCSPX-"], [.init(.base64URL, 28...28)]),
        triggering: [
            "↓GOOGLE_CLIENT_SECRET=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",
            "# Google OAuth client secret\nclient:\n↓  google_client_secret: \"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\"",
        ],
        nonTriggering: [
            "GOOGLE_CLIENT_SECRET=${GOOGLE_CLIENT_SECRET}",
            "GOOGLE_CLIENT_SECRET=GOCSPX-d5f_bQQeEiS2UV2sYPORlguJVuM",
        ])
}

extension SecretDetector {
    static let googleOAuthAccessToken = SecretDetector(
        id: "SECRET-GOOGLE-OAUTH-ACCESS-TOKEN", title: "Google OAuth access token",
        grants: "the Google account's granted scopes until the token expires",
        revoke: "myaccount.google.com › Security › Third-party access",
        equivalents: [.trufflehog("GoogleOauth2")],
        finder: TokenFormat(prefixes: ["ya29."], [.init(.base64URL, 30...400)], minimumEntropy: 3.5),
        triggering: [
            "↓GOOGLE_ACCESS_TOKEN=ya29.aiNOFrgyhlqjeMv9vzBaQJFYQ8w7EU",
            "# Google OAuth access token\nclient:\n↓  google_access_token: \"ya29.aiNOFrgyhlqjeMv9vzBaQJFYQ8w7EU\"",
        ],
        nonTriggering: [
            "GOOGLE_ACCESS_TOKEN=${GOOGLE_ACCESS_TOKEN}",
            "GOOGLE_ACCESS_TOKEN=ya29.aiNOFrgyhlqjeMv9vzBaQJFYQ8w7E",
        ])
}

extension SecretDetector {
    static let twitterBearerToken = SecretDetector(
        id: "SECRET-TWITTER-BEARER-TOKEN", title: "X (Twitter) bearer token",
        grants: "the app's X API access (reading, and posting with user context)",
        revoke: "developer.x.com › the app's Keys and tokens, regenerate it",
        equivalents: [.gitleaks("twitter-bearer-token"), .trufflehog("TwitterConsumerkey")],
        finder: TokenFormat(prefixes: ["AAAAAAAAAAAAAAAAAAAAA"], [.init(.percentEncoded, 30...150)], minimumEntropy: 3.5),
        triggering: [
            "↓TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA2Prf15V9bM3fUOHegXwBDEr18Q8IP6",
            "# X (Twitter) bearer token\nclient:\n↓  twitter_bearer_token: \"AAAAAAAAAAAAAAAAAAAAA2Prf15V9bM3fUOHegXwBDEr18Q8IP6\"",
        ],
        nonTriggering: [
            "TWITTER_BEARER_TOKEN=${TWITTER_BEARER_TOKEN}",
            "TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA2Prf15V9bM3fUOHegXwBDEr18Q8IP",
        ])
}

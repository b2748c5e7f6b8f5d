extension SecretDetector {
    static let squareAccessToken = SecretDetector(
        id: "SECRET-SQUARE-ACCESS-TOKEN", title: "Square access token",
        grants: "the seller's payments, customers and catalogue",
        revoke: "the Square Developer dashboard, revoke or replace the token",
        equivalents: [.gitleaks("square-access-token"), .trufflehog("Square")],
        finder: TokenFormat(prefixes: ["EAAA"], [.init(.base64URL, 60...60)], minimumEntropy: 4.0),
        triggering: [
            "↓SQUARE_ACCESS_TOKEN=EAAA3rf4J6Ehn6j9wSAxD4Iumv8nVbhY4kZVH9R_gnqCb9_QkY9NtT4zxig18epb",
            "# Square access token\nclient:\n↓  square_access_token: \"EAAA3rf4J6Ehn6j9wSAxD4Iumv8nVbhY4kZVH9R_gnqCb9_QkY9NtT4zxig18epb\"",
        ],
        nonTriggering: [
            "SQUARE_ACCESS_TOKEN=${SQUARE_ACCESS_TOKEN}",
            "SQUARE_ACCESS_TOKEN=EAAA3rf4J6Ehn6j9wSAxD4Iumv8nVbhY4kZVH9R_gnqCb9_QkY9NtT4zxig18ep",
        ])
}

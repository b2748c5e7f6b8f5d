extension SecretDetector {
    static let squareOAuthSecret = SecretDetector(
        id: "SECRET-SQUARE-OAUTH-SECRET", title: "Square OAuth application secret",
        grants: "impersonating the Square application to sellers",
        revoke: "the Square Developer dashboard › OAuth, replace the secret",
        equivalents: [.gitleaks("squareup-oauth-secret"), .trufflehog("SquareApp")],
        finder: TokenFormat(prefixes: ["sq0csp-"], [.init(.base64URL, 43...43)]),
        triggering: [
            "↓SQUARE_APP_SECRET=sq0csp-CasCMCS0X_bEgsvGJ29F_PlkfGRqM-d4H3tDgY5yHmz",
            "# Square OAuth application secret\nclient:\n↓  square_app_secret: \"sq0csp-CasCMCS0X_bEgsvGJ29F_PlkfGRqM-d4H3tDgY5yHmz\"",
        ],
        nonTriggering: [
            "SQUARE_APP_SECRET=${SQUARE_APP_SECRET}",
            "SQUARE_APP_SECRET=sq0csp-CasCMCS0X_bEgsvGJ29F_PlkfGRqM-d4H3tDgY5yHm",
        ])
}

extension SecretDetector {
    static let braintreeAccessToken = SecretDetector(
        id: "SECRET-BRAINTREE-ACCESS-TOKEN", title: "Braintree (PayPal) access token",
        grants: "the merchant's live payments and refunds",
        revoke: "the Braintree control panel › API, revoke the token",
        equivalents: [.trufflehog("PaypalOauth")],
        finder: TokenFormat(prefixes: ["access_token$production$"], [.init(.lowerAlphanumeric, 16...16, then: "$"), .init(.lowerHex, 32...32)]),
        triggering: [
            "↓BRAINTREE_ACCESS_TOKEN=access_token$production$021oy8x9fnz54sbi$98b0e1e2d324b483a59602b949b62772",
            "# Braintree (PayPal) access token\nclient:\n↓  braintree_access_token: \"access_token$production$021oy8x9fnz54sbi$98b0e1e2d324b483a59602b949b62772\"",
        ],
        nonTriggering: [
            "BRAINTREE_ACCESS_TOKEN=${BRAINTREE_ACCESS_TOKEN}",
            "BRAINTREE_ACCESS_TOKEN=access_token$production$021oy8x9fnz54sbi$98b0e1e2d324b483a59602b949b6277",
        ])
}

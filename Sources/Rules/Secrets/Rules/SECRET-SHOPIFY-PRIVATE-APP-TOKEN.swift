extension SecretDetector {
    static let shopifyPrivateAppToken = SecretDetector(
        id: "SECRET-SHOPIFY-PRIVATE-APP-TOKEN", title: "Shopify private app access token",
        grants: "the store's orders, customers and products, within the app's scopes",
        revoke: "the Shopify admin › Apps › Develop apps, rotate the credential",
        equivalents: [.gitleaks("shopify-private-app-access-token"), .trufflehog("Shopify")],
        finder: TokenFormat(prefixes: ["shppa_"], [.init(.hex, 32...32)]),
        triggering: [
            "↓SHOPIFY_PRIVATE_APP_TOKEN=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",
            "# Shopify private app access token\nclient:\n↓  shopify_private_app_token: \"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\"",
        ],
        nonTriggering: [
            "SHOPIFY_PRIVATE_APP_TOKEN=${SHOPIFY_PRIVATE_APP_TOKEN}",
            "SHOPIFY_PRIVATE_APP_TOKEN=shppa_ECb5b8A3dFF1a14f1d5B15CC6cA1017",
        ])
}

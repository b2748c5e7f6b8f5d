extension SecretDetector {
    static let shopifyCustomAppToken = SecretDetector(
        id: "SECRET-SHOPIFY-CUSTOM-APP-TOKEN", title: "Shopify custom app access token",
        grants: "the store's orders, customers and products, within the app's scopes",
        revoke: "the Shopify admin › Apps › Develop apps, rotate the credential",
        equivalents: [.gitleaks("shopify-custom-access-token"), .trufflehog("Shopify")],
        finder: TokenFormat(prefixes: ["shpca_"], [.init(.hex, 32...32)]),
        triggering: [
            "↓SHOPIFY_CUSTOM_APP_TOKEN=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",
            "# Shopify custom app access token\nclient:\n↓  shopify_custom_app_token: \"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\"",
        ],
        nonTriggering: [
            "SHOPIFY_CUSTOM_APP_TOKEN=${SHOPIFY_CUSTOM_APP_TOKEN}",
            "SHOPIFY_CUSTOM_APP_TOKEN=shpca_6671D3BD2Ff3BaA6f2a9158Fc220ceA",
        ])
}

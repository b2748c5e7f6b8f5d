extension SecretDetector {
    static let shopifyAccessToken = SecretDetector(
        id: "SECRET-SHOPIFY-ACCESS-TOKEN", title: "Shopify Admin API access token",
        grants: "the store's orders, customers and products, within the app's scopes",
        revoke: "the Shopify admin › Apps › Develop apps, rotate the credential",
        equivalents: [.gitleaks("shopify-access-token"), .trufflehog("Shopify")],
        finder: TokenFormat(prefixes: ["shpat_"], [.init(.hex, 32...32)]),
        triggering: [
            "↓SHOPIFY_ACCESS_TOKEN=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",
            "# Shopify Admin API access token\nclient:\n↓  shopify_access_token: \"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\"",
        ],
        nonTriggering: [
            "SHOPIFY_ACCESS_TOKEN=${SHOPIFY_ACCESS_TOKEN}",
            "SHOPIFY_ACCESS_TOKEN=shpat_f5f393a3C719D0BcB5BbdFF6f80dbe6",
        ])
}

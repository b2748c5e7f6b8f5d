extension SecretDetector {
    static let shopifySharedSecret = SecretDetector(
        id: "SECRET-SHOPIFY-SHARED-SECRET", title: "Shopify app shared secret",
        grants: "the store's orders, customers and products, within the app's scopes",
        revoke: "the Shopify admin › Apps › Develop apps, rotate the credential",
        equivalents: [.gitleaks("shopify-shared-secret"), .trufflehog("Shopify")],
        finder: TokenFormat(prefixes: ["shpss_"], [.init(.hex, 32...32)]),
        triggering: [
            "↓SHOPIFY_SHARED_SECRET=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",
            "# Shopify app shared secret\nclient:\n↓  shopify_shared_secret: \"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\"",
        ],
        nonTriggering: [
            "SHOPIFY_SHARED_SECRET=${SHOPIFY_SHARED_SECRET}",
            "SHOPIFY_SHARED_SECRET=shpss_fC747ac255FaeaABDdeB3396F2dD1DE",
        ])
}

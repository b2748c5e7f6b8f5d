extension SecretDetector {
    static let wooCommerceSecret = SecretDetector(
        id: "SECRET-WOOCOMMERCE-SECRET", title: "WooCommerce REST API consumer secret",
        grants: "the shop's orders, customers and products",
        revoke: "WooCommerce › Settings › Advanced › REST API, revoke the key",
        equivalents: [.trufflehog("Woocommerce")],
        finder: TokenFormat(prefixes: ["cs_"], [.init(.lowerHex, 40...40)]),
        triggering: [
            "↓WOOCOMMERCE_CONSUMER_SECRET=cs_99e21e971d10829b5e003c3e5f6cca08065589bb",
            "# WooCommerce REST API consumer secret\nclient:\n↓  woocommerce_consumer_secret: \"cs_99e21e971d10829b5e003c3e5f6cca08065589bb\"",
        ],
        nonTriggering: [
            "WOOCOMMERCE_CONSUMER_SECRET=${WOOCOMMERCE_CONSUMER_SECRET}",
            "WOOCOMMERCE_CONSUMER_SECRET=cs_99e21e971d10829b5e003c3e5f6cca08065589b",
        ])
}

extension SecretDetector {
    static let stripeSecretKey = SecretDetector(
        id: "SECRET-STRIPE-SECRET-KEY", title: "Stripe live secret key",
        grants: "charging, refunding and reading every payment of the Stripe account",
        revoke: "the Stripe Dashboard › Developers › API keys, roll the key",
        equivalents: [.gitleaks("stripe-access-token"), .trufflehog("Stripe")],
        finder: TokenFormat(prefixes: ["sk_live_"], [.init(.alphanumeric, 24...247)], minimumEntropy: 3.5),
        triggering: [
            "↓STRIPE_SECRET_KEY=sk_live_9V32Ilsea1A0AY6BOP8N6sZX",
            "# Stripe live secret key\nclient:\n↓  stripe_secret_key: \"sk_live_9V32Ilsea1A0AY6BOP8N6sZX\"",
        ],
        nonTriggering: [
            "STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}",
            "STRIPE_SECRET_KEY=sk_live_9V32Ilsea1A0AY6BOP8N6sZ",
        ])
}

extension SecretDetector {
    static let stripeWebhookSecret = SecretDetector(
        id: "SECRET-STRIPE-WEBHOOK-SECRET", title: "Stripe webhook signing secret",
        grants: "forging Stripe events the endpoint trusts (payments that never happened)",
        revoke: "the Stripe Dashboard › Developers › Webhooks, roll the secret",
        equivalents: [.trufflehog("Stripe")],
        finder: TokenFormat(prefixes: ["whsec_"], [.init(.alphanumeric, 32...64)], minimumEntropy: 3.5),
        triggering: [
            "↓STRIPE_WEBHOOK_SECRET=whsec_7ZrgwD2bPoH4sAan0dJlH5bN0s0rcvkX",
            "# Stripe webhook signing secret\nclient:\n↓  stripe_webhook_secret: \"whsec_7ZrgwD2bPoH4sAan0dJlH5bN0s0rcvkX\"",
        ],
        nonTriggering: [
            "STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET}",
            "STRIPE_WEBHOOK_SECRET=whsec_7ZrgwD2bPoH4sAan0dJlH5bN0s0rcvk",
        ])
}

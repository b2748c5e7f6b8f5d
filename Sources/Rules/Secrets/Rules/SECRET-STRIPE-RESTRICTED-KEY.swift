extension SecretDetector {
    static let stripeRestrictedKey = SecretDetector(
        id: "SECRET-STRIPE-RESTRICTED-KEY", title: "Stripe live restricted key",
        grants: "the Stripe permissions granted to it, on live payments",
        revoke: "the Stripe Dashboard › Developers › API keys, roll the key",
        equivalents: [.gitleaks("stripe-access-token"), .trufflehog("Stripe")],
        finder: TokenFormat(prefixes: ["rk_live_"], [.init(.alphanumeric, 24...247)], minimumEntropy: 3.5),
        triggering: [
            "↓STRIPE_RESTRICTED_KEY=rk_live_95042ncg30TzOtq0SuN0SDo7",
            "# Stripe live restricted key\nclient:\n↓  stripe_restricted_key: \"rk_live_95042ncg30TzOtq0SuN0SDo7\"",
        ],
        nonTriggering: [
            "STRIPE_RESTRICTED_KEY=${STRIPE_RESTRICTED_KEY}",
            "STRIPE_RESTRICTED_KEY=rk_live_95042ncg30TzOtq0SuN0SDo",
        ])
}

extension SecretDetector {
    static let duffelToken = SecretDetector(
        id: "SECRET-DUFFEL-TOKEN", title: "Duffel API token",
        grants: "booking and cancelling travel billed to the Duffel account",
        revoke: "the Duffel dashboard › Access tokens, revoke it",
        equivalents: [.gitleaks("duffel-api-token")],
        finder: TokenFormat(prefixes: ["duffel_live_", "duffel_test_"], [.init(.base64URLPadded, 43...43)]),
        triggering: [
            "↓DUFFEL_ACCESS_TOKEN=duffel_live_Ruun3gb7MphiNfPRDUz4_uXkjB6tvft1yABiRmwIwmH",
            "# Duffel API token\nclient:\n↓  duffel_access_token: \"duffel_live_Ruun3gb7MphiNfPRDUz4_uXkjB6tvft1yABiRmwIwmH\"",
        ],
        nonTriggering: [
            "DUFFEL_ACCESS_TOKEN=${DUFFEL_ACCESS_TOKEN}",
            "DUFFEL_ACCESS_TOKEN=duffel_live_Ruun3gb7MphiNfPRDUz4_uXkjB6tvft1yABiRmwIwm",
        ])
}

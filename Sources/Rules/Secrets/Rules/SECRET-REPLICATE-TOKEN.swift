extension SecretDetector {
    static let replicateToken = SecretDetector(
        id: "SECRET-REPLICATE-TOKEN", title: "Replicate API token",
        grants: "running models billed to the Replicate account",
        revoke: "replicate.com › Account › API tokens, delete it",
        equivalents: [.trufflehog("Replicate")],
        finder: TokenFormat(prefixes: ["r8_"], [.init(.alphanumeric, 37...37)], minimumEntropy: 3.5),
        triggering: [
            "↓REPLICATE_API_TOKEN=r8_1xn9SL04HVpIuSEOWxjUA2V4ljQAQRSmNM3Ic",
            "# Replicate API token\nclient:\n↓  replicate_api_token: \"r8_1xn9SL04HVpIuSEOWxjUA2V4ljQAQRSmNM3Ic\"",
        ],
        nonTriggering: [
            "REPLICATE_API_TOKEN=${REPLICATE_API_TOKEN}",
            "REPLICATE_API_TOKEN=r8_1xn9SL04HVpIuSEOWxjUA2V4ljQAQRSmNM3I",
        ])
}

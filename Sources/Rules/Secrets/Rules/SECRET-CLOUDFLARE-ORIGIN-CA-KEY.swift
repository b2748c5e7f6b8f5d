extension SecretDetector {
    static let cloudflareOriginCAKey = SecretDetector(
        id: "SECRET-CLOUDFLARE-ORIGIN-CA-KEY", title: "Cloudflare Origin CA key",
        grants: "issuing and revoking the zone's origin certificates",
        revoke: "the Cloudflare dashboard › My Profile › API Tokens, change the Origin CA key",
        equivalents: [.gitleaks("cloudflare-origin-ca-key"), .trufflehog("CloudflareCaKey")],
        finder: TokenFormat(prefixes: ["v1.0-"], [.init(.lowerHex, 24...24, then: "-"), .init(.lowerHex, 146...146)]),
        triggering: [
            "↓CF_ORIGIN_CA_KEY=v1.0-2e632106cfbe6ac4740714e2-213145975438c7a87f43e90d7e6e4366b2d4eec5573fa190987cacf416ebe1e5348461ae88a046c41c9d132b5d22f67f3a554ece7ea255676de2d3a1f0a7f4c8582d7b1b12d10765fe",
            "# Cloudflare Origin CA key\nclient:\n↓  cf_origin_ca_key: \"v1.0-2e632106cfbe6ac4740714e2-213145975438c7a87f43e90d7e6e4366b2d4eec5573fa190987cacf416ebe1e5348461ae88a046c41c9d132b5d22f67f3a554ece7ea255676de2d3a1f0a7f4c8582d7b1b12d10765fe\"",
        ],
        nonTriggering: [
            "CF_ORIGIN_CA_KEY=${CF_ORIGIN_CA_KEY}",
            "CF_ORIGIN_CA_KEY=v1.0-2e632106cfbe6ac4740714e2-213145975438c7a87f43e90d7e6e4366b2d4eec5573fa190987cacf416ebe1e5348461ae88a046c41c9d132b5d22f67f3a554ece7ea255676de2d3a1f0a7f4c8582d7b1b12d10765f",
        ])
}

extension SecretDetector {
    static let dockerConfigAuth = SecretDetector(
        id: "SECRET-DOCKER-CONFIG-AUTH", title: "Docker registry credentials (config.json auth)",
        grants: "pushing and pulling the registry's images as the account (a supply-chain foothold)",
        revoke: "the registry's token page (Docker Hub, GHCR, ECR…), revoke the token or change the password",
        equivalents: [.gitleaks("docker-config-auth")],
        finder: KeyedValue(keys: [#""auth""#], caseless: false, .base64Padded, 8...2_048, cues: [.literal(#""auths""#)], cueDistance: 1 << 30, holdsAnyToken: true) { value in ValueMeasures.base64Decoded(value).map { decoded in decoded.firstIndex(of: UInt8(ascii: ":")).map { $0 + 1 < decoded.count } ?? false } ?? false },
        triggering: [
            "{\n  \"auths\": {\n    \"registry.shop.example\": {\n↓      \"auth\": \"Y2ktYm90OnZHOTh3RnRDdTVRTkpiemZqamdEdTRiZg==\"\n    }\n  }\n}",
        ],
        nonTriggering: [
            "{\n  \"auths\": {\n    \"registry.shop.example\": {}\n  },\n  \"credsStore\": \"desktop\",\n  \"auth\": \"none\"\n}",
            "{\n  \"auths\": {\n    \"registry.shop.example\": {\n      \"auth\": \"Y2ktYm90\"\n    }\n  }\n}",
        ])
}

extension SecretDetector {
    static let flyIOToken = SecretDetector(
        id: "SECRET-FLYIO-TOKEN", title: "Fly.io access token",
        grants: "deploying and destroying the organisation's Fly apps and reading their secrets",
        revoke: "`fly tokens revoke`, or the Fly dashboard › Tokens",
        equivalents: [.gitleaks("flyio-access-token"), .trufflehog("FlyIO")],
        finder: TokenFormat(prefixes: ["fo1_"], [.init(.base64URL, 43...43)], minimumEntropy: 3.5),
        triggering: [
            "↓FLY_API_TOKEN=fo1_Hpk1xvjpLdt-swAFdzAenKwWWj2lGoorP6XFf5MeFW-",
            "# Fly.io access token\nclient:\n↓  fly_api_token: \"fo1_Hpk1xvjpLdt-swAFdzAenKwWWj2lGoorP6XFf5MeFW-\"",
        ],
        nonTriggering: [
            "FLY_API_TOKEN=${FLY_API_TOKEN}",
            "FLY_API_TOKEN=fo1_Hpk1xvjpLdt-swAFdzAenKwWWj2lGoorP6XFf5MeFW",
        ])
}

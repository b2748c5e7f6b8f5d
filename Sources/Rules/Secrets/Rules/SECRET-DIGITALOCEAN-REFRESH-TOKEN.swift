extension SecretDetector {
    static let digitalOceanRefreshToken = SecretDetector(
        id: "SECRET-DIGITALOCEAN-REFRESH-TOKEN", title: "DigitalOcean OAuth refresh token",
        grants: "new DigitalOcean OAuth tokens for the team",
        revoke: "the DigitalOcean control panel › API › Tokens, revoke it",
        equivalents: [.gitleaks("digitalocean-refresh-token"), .trufflehog("DigitalOceanV2")],
        finder: TokenFormat(prefixes: ["dor_v1_"], [.init(.lowerHex, 64...64)]),
        triggering: [
            "↓DO_REFRESH_TOKEN=dor_v1_7c7aef0493ef71c27c8492a75e228c9c4fdfd64231f477d8d658a8d80f67226f",
            "# DigitalOcean OAuth refresh token\nclient:\n↓  do_refresh_token: \"dor_v1_7c7aef0493ef71c27c8492a75e228c9c4fdfd64231f477d8d658a8d80f67226f\"",
        ],
        nonTriggering: [
            "DO_REFRESH_TOKEN=${DO_REFRESH_TOKEN}",
            "DO_REFRESH_TOKEN=dor_v1_7c7aef0493ef71c27c8492a75e228c9c4fdfd64231f477d8d658a8d80f67226",
        ])
}

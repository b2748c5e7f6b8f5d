extension SecretDetector {
    static let digitalOceanOAuthToken = SecretDetector(
        id: "SECRET-DIGITALOCEAN-OAUTH-TOKEN", title: "DigitalOcean OAuth token",
        grants: "the DigitalOcean team's resources, as the OAuth application may",
        revoke: "the DigitalOcean control panel › API › Tokens, revoke it",
        equivalents: [.gitleaks("digitalocean-access-token"), .trufflehog("DigitalOceanV2")],
        finder: TokenFormat(prefixes: ["doo_v1_"], [.init(.lowerHex, 64...64)]),
        triggering: [
            "↓DO_OAUTH_TOKEN=doo_v1_d921c6c012dffe16fa9a6f96ab88e6125a78afa1ea92e17449df4bab38fd41d8",
            "# DigitalOcean OAuth token\nclient:\n↓  do_oauth_token: \"doo_v1_d921c6c012dffe16fa9a6f96ab88e6125a78afa1ea92e17449df4bab38fd41d8\"",
        ],
        nonTriggering: [
            "DO_OAUTH_TOKEN=${DO_OAUTH_TOKEN}",
            "DO_OAUTH_TOKEN=doo_v1_d921c6c012dffe16fa9a6f96ab88e6125a78afa1ea92e17449df4bab38fd41d",
        ])
}

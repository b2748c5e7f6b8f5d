extension SecretDetector {
    static let digitalOceanToken = SecretDetector(
        id: "SECRET-DIGITALOCEAN-TOKEN", title: "DigitalOcean personal access token",
        grants: "creating, reading and destroying the team's droplets, databases and volumes",
        revoke: "the DigitalOcean control panel › API › Tokens, revoke it",
        equivalents: [.gitleaks("digitalocean-pat"), .trufflehog("DigitalOceanV2")],
        finder: TokenFormat(prefixes: ["dop_v1_"], [.init(.lowerHex, 64...64)]),
        triggering: [
            "↓DIGITALOCEAN_TOKEN=dop_v1_253bf0243f3b2af32438611a703df255f9b63822151fa5078f756c59a439508e",
            "# DigitalOcean personal access token\nclient:\n↓  digitalocean_token: \"dop_v1_253bf0243f3b2af32438611a703df255f9b63822151fa5078f756c59a439508e\"",
        ],
        nonTriggering: [
            "DIGITALOCEAN_TOKEN=${DIGITALOCEAN_TOKEN}",
            "DIGITALOCEAN_TOKEN=dop_v1_253bf0243f3b2af32438611a703df255f9b63822151fa5078f756c59a439508",
        ])
}

extension SecretDetector {
    static let planetScaleToken = SecretDetector(
        id: "SECRET-PLANETSCALE-TOKEN", title: "PlanetScale token or password",
        grants: "the organisation's databases and branches (or one branch's data)",
        revoke: "the PlanetScale dashboard, delete the token or password",
        equivalents: [.gitleaks("planetscale-api-token"), .trufflehog("PlanetScale")],
        finder: TokenFormat(prefixes: ["pscale_tkn_", "pscale_pw_", "pscale_oauth_"], [.init(.base64URLDottedPadded, 32...64)], minimumEntropy: 3.5),
        triggering: [
            "↓PLANETSCALE_TOKEN=pscale_tkn_NM-Finm3uKZSPRVwNkkk4TBfKTu6-S-d",
            "# PlanetScale token or password\nclient:\n↓  planetscale_token: \"pscale_tkn_NM-Finm3uKZSPRVwNkkk4TBfKTu6-S-d\"",
        ],
        nonTriggering: [
            "PLANETSCALE_TOKEN=${PLANETSCALE_TOKEN}",
            "PLANETSCALE_TOKEN=pscale_tkn_NM-Finm3uKZSPRVwNkkk4TBfKTu6-S-",
        ])
}

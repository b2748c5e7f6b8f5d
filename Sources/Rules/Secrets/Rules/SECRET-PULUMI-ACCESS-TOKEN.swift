extension SecretDetector {
    static let pulumiAccessToken = SecretDetector(
        id: "SECRET-PULUMI-ACCESS-TOKEN", title: "Pulumi access token",
        grants: "the organisation's stacks, state and secrets config",
        revoke: "app.pulumi.com › Access tokens, delete it",
        equivalents: [.gitleaks("pulumi-api-token"), .trufflehog("PulumiToken")],
        finder: TokenFormat(prefixes: ["pul-"], [.init(.lowerHex, 40...40)]),
        triggering: [
            "↓PULUMI_ACCESS_TOKEN=pul-527298863afad0aca68c223410b08de1f8db38c8",
            "# Pulumi access token\nclient:\n↓  pulumi_access_token: \"pul-527298863afad0aca68c223410b08de1f8db38c8\"",
        ],
        nonTriggering: [
            "PULUMI_ACCESS_TOKEN=${PULUMI_ACCESS_TOKEN}",
            "PULUMI_ACCESS_TOKEN=pul-527298863afad0aca68c223410b08de1f8db38c",
        ])
}

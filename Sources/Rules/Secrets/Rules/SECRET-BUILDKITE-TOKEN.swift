extension SecretDetector {
    static let buildkiteToken = SecretDetector(
        id: "SECRET-BUILDKITE-TOKEN", title: "Buildkite API access token",
        grants: "the organisation's pipelines, builds and agents",
        revoke: "Buildkite › Personal settings › API access tokens, revoke it",
        equivalents: [.trufflehog("Buildkite")],
        finder: TokenFormat(prefixes: ["bkua_"], [.init(.lowerHex, 40...40)]),
        triggering: [
            "↓BUILDKITE_API_TOKEN=bkua_43a5ea3ac8e3ce9661a90deb789d11e245abf8a4",
            "# Buildkite API access token\nclient:\n↓  buildkite_api_token: \"bkua_43a5ea3ac8e3ce9661a90deb789d11e245abf8a4\"",
        ],
        nonTriggering: [
            "BUILDKITE_API_TOKEN=${BUILDKITE_API_TOKEN}",
            "BUILDKITE_API_TOKEN=bkua_43a5ea3ac8e3ce9661a90deb789d11e245abf8a",
        ])
}

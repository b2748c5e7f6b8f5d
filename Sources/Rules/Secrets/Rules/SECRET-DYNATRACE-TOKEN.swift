extension SecretDetector {
    static let dynatraceToken = SecretDetector(
        id: "SECRET-DYNATRACE-TOKEN", title: "Dynatrace API token",
        grants: "the environment's monitoring data and configuration, within its scopes",
        revoke: "Dynatrace › Access tokens, revoke it",
        equivalents: [.gitleaks("dynatrace-api-token"), .trufflehog("Dynatrace")],
        finder: TokenFormat(prefixes: ["dt0c01."], [.init(.alphanumeric, 24...24, then: "."), .init(.alphanumeric, 64...64)]),
        triggering: [
            "↓DT_API_TOKEN=dt0c01.63P1SjEaX93N5V0F4JUrvPqm.JC8b97Ln639BwDLJL3xOwnlXxSE7NCcyzVevmhyUhO9ikZwnrjkvSX3RN5rbEmZq",
            "# Dynatrace API token\nclient:\n↓  dt_api_token: \"dt0c01.63P1SjEaX93N5V0F4JUrvPqm.JC8b97Ln639BwDLJL3xOwnlXxSE7NCcyzVevmhyUhO9ikZwnrjkvSX3RN5rbEmZq\"",
        ],
        nonTriggering: [
            "DT_API_TOKEN=${DT_API_TOKEN}",
            "DT_API_TOKEN=dt0c01.63P1SjEaX93N5V0F4JUrvPqm.JC8b97Ln639BwDLJL3xOwnlXxSE7NCcyzVevmhyUhO9ikZwnrjkvSX3RN5rbEmZ",
        ])
}

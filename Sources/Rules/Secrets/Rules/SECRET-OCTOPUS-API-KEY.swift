extension SecretDetector {
    static let octopusAPIKey = SecretDetector(
        id: "SECRET-OCTOPUS-API-KEY", title: "Octopus Deploy API key",
        grants: "deployments to every environment the user may release to",
        revoke: "Octopus › Profile › My API keys, revoke it",
        equivalents: [.gitleaks("octopus-deploy-api-key")],
        finder: TokenFormat(prefixes: ["API-"], [.init(.upperAlphanumeric, 26...32)], minimumEntropy: 3.5),
        triggering: [
            "↓OCTOPUS_API_KEY=API-5DIVZFLP4EZGJ31SP88O3W481C",
            "# Octopus Deploy API key\nclient:\n↓  octopus_api_key: \"API-5DIVZFLP4EZGJ31SP88O3W481C\"",
        ],
        nonTriggering: [
            "OCTOPUS_API_KEY=${OCTOPUS_API_KEY}",
            "OCTOPUS_API_KEY=API-5DIVZFLP4EZGJ31SP88O3W481",
        ])
}

extension SecretDetector {
    static let prefectAPIKey = SecretDetector(
        id: "SECRET-PREFECT-API-KEY", title: "Prefect Cloud API key",
        grants: "running and changing the workspace's flows and deployments",
        revoke: "Prefect Cloud › API keys, delete it",
        equivalents: [.gitleaks("prefect-api-token"), .trufflehog("Prefect")],
        finder: TokenFormat(prefixes: ["pnu_"], [.init(.alphanumeric, 36...36)], minimumEntropy: 3.5),
        triggering: [
            "↓PREFECT_API_KEY=pnu_Yt9DpPjzF3yRg9O2Y6Of8gwORT0PaXVV81y3",
            "# Prefect Cloud API key\nclient:\n↓  prefect_api_key: \"pnu_Yt9DpPjzF3yRg9O2Y6Of8gwORT0PaXVV81y3\"",
        ],
        nonTriggering: [
            "PREFECT_API_KEY=${PREFECT_API_KEY}",
            "PREFECT_API_KEY=pnu_Yt9DpPjzF3yRg9O2Y6Of8gwORT0PaXVV81y",
        ])
}

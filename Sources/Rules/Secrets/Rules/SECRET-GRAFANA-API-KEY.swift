extension SecretDetector {
    static let grafanaAPIKey = SecretDetector(
        id: "SECRET-GRAFANA-API-KEY", title: "Grafana API key",
        grants: "the Grafana organisation's dashboards, data sources and alerting, with its role",
        revoke: "Grafana › Administration › API keys (service accounts), delete it",
        equivalents: [.gitleaks("grafana-api-key"), .trufflehog("Grafana")],
        finder: TokenFormat(prefixes: ["eyJrIjoi"], [.init(.base64Padded, 70...400)], minimumEntropy: 4.0),
        triggering: [
            "↓GRAFANA_API_KEY=eyJrIjoiy3IbPXiu41I7/bHcI3GaL0YVobiBIfbXof9qvQ7+pyVzZId9dAchFpmdaa9e2Kgx+S5kGY",
            "# Grafana API key\nclient:\n↓  grafana_api_key: \"eyJrIjoiy3IbPXiu41I7/bHcI3GaL0YVobiBIfbXof9qvQ7+pyVzZId9dAchFpmdaa9e2Kgx+S5kGY\"",
        ],
        nonTriggering: [
            "GRAFANA_API_KEY=${GRAFANA_API_KEY}",
            "GRAFANA_API_KEY=eyJrIjoiy3IbPXiu41I7/bHcI3GaL0YVobiBIfbXof9qvQ7+pyVzZId9dAchFpmdaa9e2Kgx+S5kG",
        ])
}

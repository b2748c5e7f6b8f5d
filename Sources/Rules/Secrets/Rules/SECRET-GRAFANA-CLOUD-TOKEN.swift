extension SecretDetector {
    static let grafanaCloudToken = SecretDetector(
        id: "SECRET-GRAFANA-CLOUD-TOKEN", title: "Grafana Cloud access policy token",
        grants: "the Grafana Cloud stack's metrics, logs and traces, within its scopes",
        revoke: "grafana.com › Access policies, delete the token",
        equivalents: [.gitleaks("grafana-cloud-api-token"), .trufflehog("Grafana")],
        finder: TokenFormat(prefixes: ["glc_"], [.init(.base64Padded, 32...400)], minimumEntropy: 4.0),
        triggering: [
            "↓GRAFANA_CLOUD_TOKEN=glc_apCsOhml0ayM/0Q0XwCZ/0/g+JTQ6vos",
            "# Grafana Cloud access policy token\nclient:\n↓  grafana_cloud_token: \"glc_apCsOhml0ayM/0Q0XwCZ/0/g+JTQ6vos\"",
        ],
        nonTriggering: [
            "GRAFANA_CLOUD_TOKEN=${GRAFANA_CLOUD_TOKEN}",
            "GRAFANA_CLOUD_TOKEN=glc_apCsOhml0ayM/0Q0XwCZ/0/g+JTQ6vo",
        ])
}

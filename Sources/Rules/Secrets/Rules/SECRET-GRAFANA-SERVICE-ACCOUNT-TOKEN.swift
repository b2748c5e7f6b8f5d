extension SecretDetector {
    static let grafanaServiceAccountToken = SecretDetector(
        id: "SECRET-GRAFANA-SERVICE-ACCOUNT-TOKEN", title: "Grafana service account token",
        grants: "the Grafana organisation, with the service account's role",
        revoke: "Grafana › Administration › Service accounts, delete the token",
        equivalents: [.gitleaks("grafana-service-account-token"), .trufflehog("GrafanaServiceAccount")],
        finder: TokenFormat(prefixes: ["glsa_"], [.init(.alphanumeric, 32...32, then: "_"), .init(.hex, 8...8)]),
        triggering: [
            "↓GRAFANA_SA_TOKEN=glsa_KzXIrsxbg3AZo3kHh0nzcvu8As7sMMAU_Bb35aF85",
            "# Grafana service account token\nclient:\n↓  grafana_sa_token: \"glsa_KzXIrsxbg3AZo3kHh0nzcvu8As7sMMAU_Bb35aF85\"",
        ],
        nonTriggering: [
            "GRAFANA_SA_TOKEN=${GRAFANA_SA_TOKEN}",
            "GRAFANA_SA_TOKEN=glsa_KzXIrsxbg3AZo3kHh0nzcvu8As7sMMAU_Bb35aF8",
        ])
}

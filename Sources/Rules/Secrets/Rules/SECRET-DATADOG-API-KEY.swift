extension SecretDetector {
    static let datadogAPIKey = SecretDetector(
        id: "SECRET-DATADOG-API-KEY", title: "Datadog API key",
        grants: "submitting metrics, logs and events into the Datadog organisation",
        revoke: "Datadog › Organization Settings › API Keys, revoke the key",
        equivalents: [.gitleaks("datadog-access-token"), .trufflehog("Datadog")],
        finder: KeyedValue(keys: ["dd_api_key", "datadog_api_key", "dd-api-key", "datadog-api-key", "ddapikey", "datadogapikey"], .lowerHex, 32...32, minimumEntropy: 3.0),
        triggering: [
            "↓DD_API_KEY=0acab6ef8701e2506ca68be62ba465e6",
        ],
        nonTriggering: [
            "DD_API_KEY=${DD_API_KEY}",
            "DD_API_KEY=d3e6c319bdb8a3fdb365d6f7f9428e4",
        ])
}

extension SecretDetector {
    static let datadogApplicationKey = SecretDetector(
        id: "SECRET-DATADOG-APP-KEY", title: "Datadog application key",
        grants: "the Datadog API with the rights of the user who created it (dashboards, monitors, logs)",
        revoke: "Datadog › Organization Settings › Application Keys, revoke the key",
        equivalents: [.gitleaks("datadog-access-token"), .trufflehog("Datadog")],
        finder: KeyedValue(keys: ["dd_app_key", "datadog_app_key", "dd_application_key", "datadog_application_key", "dd-app-key"], .lowerHex, 40...40, minimumEntropy: 3.0),
        triggering: [
            "↓DD_APP_KEY=a6c1fa822b1a9209f9b51201630e381d54b1c6e9",
        ],
        nonTriggering: [
            "DD_APP_KEY=${DD_APP_KEY}",
            "DD_APP_KEY=e03b32dd5c55ff79266504b13867d9006d50768",
        ])
}

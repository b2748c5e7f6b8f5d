extension SecretDetector {
    static let yandexAPIKey = SecretDetector(
        id: "SECRET-YANDEX-API-KEY", title: "Yandex Cloud API key",
        grants: "the cloud resources of its service account",
        revoke: "the Yandex Cloud console › Service accounts, delete the key",
        equivalents: [.gitleaks("yandex-api-key"), .trufflehog("YandexCloud")],
        finder: TokenFormat(prefixes: ["AQVN"], [.init(.base64URL, 35...38)], minimumEntropy: 3.5),
        triggering: [
            "↓YC_API_KEY=AQVNHzI7p4Jy7MBO4iH8bc1IPoIA97o0I1RRth1",
            "# Yandex Cloud API key\nclient:\n↓  yc_api_key: \"AQVNHzI7p4Jy7MBO4iH8bc1IPoIA97o0I1RRth1\"",
        ],
        nonTriggering: [
            "YC_API_KEY=${YC_API_KEY}",
            "YC_API_KEY=AQVNHzI7p4Jy7MBO4iH8bc1IPoIA97o0I1RRth",
        ])
}

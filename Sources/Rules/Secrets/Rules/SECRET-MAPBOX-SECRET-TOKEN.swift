extension SecretDetector {
    static let mapboxSecretToken = SecretDetector(
        id: "SECRET-MAPBOX-SECRET-TOKEN", title: "Mapbox secret access token",
        grants: "the account's styles, datasets and uploads, billed to it",
        revoke: "account.mapbox.com › Access tokens, delete it",
        equivalents: [.gitleaks("mapbox-api-token"), .trufflehog("Mapbox")],
        finder: TokenFormat(prefixes: ["sk.eyJ"], [.init(.base64URL, 20...400, then: "."), .init(.base64URL, 20...100)], minimumEntropy: 3.5),
        triggering: [
            "↓MAPBOX_SECRET_TOKEN=sk.eyJgQhvIBmzAJMwsPvGGPSG.z7MX2SzeJIA99aITUPFL",
            "# Mapbox secret access token\nclient:\n↓  mapbox_secret_token: \"sk.eyJgQhvIBmzAJMwsPvGGPSG.z7MX2SzeJIA99aITUPFL\"",
        ],
        nonTriggering: [
            "MAPBOX_SECRET_TOKEN=${MAPBOX_SECRET_TOKEN}",
            "MAPBOX_SECRET_TOKEN=sk.eyJgQhvIBmzAJMwsPvGGPSG.z7MX2SzeJIA99aITUPF",
        ])
}

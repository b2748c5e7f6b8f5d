extension SecretDetector {
    static let dopplerToken = SecretDetector(
        id: "SECRET-DOPPLER-TOKEN", title: "Doppler token",
        grants: "every secret of the Doppler project or workplace it is scoped to",
        revoke: "the Doppler dashboard › Access, revoke it",
        equivalents: [.gitleaks("doppler-api-token"), .trufflehog("Doppler")],
        finder: TokenFormat(prefixes: ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."], [.init(.alphanumeric, 40...48)], minimumEntropy: 3.5),
        triggering: [
            "↓DOPPLER_TOKEN=dp.pt.D1h3ev1cehjfuVBqqOKVASCCTP5nenIwrRD0lktp",
            "# Doppler token\nclient:\n↓  doppler_token: \"dp.pt.D1h3ev1cehjfuVBqqOKVASCCTP5nenIwrRD0lktp\"",
        ],
        nonTriggering: [
            "DOPPLER_TOKEN=${DOPPLER_TOKEN}",
            "DOPPLER_TOKEN=dp.pt.D1h3ev1cehjfuVBqqOKVASCCTP5nenIwrRD0lkt",
        ])
}

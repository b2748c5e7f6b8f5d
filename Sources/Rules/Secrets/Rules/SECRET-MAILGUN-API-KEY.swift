extension SecretDetector {
    static let mailgunAPIKey = SecretDetector(
        id: "SECRET-MAILGUN-API-KEY", title: "Mailgun private API key",
        grants: "sending e-mail from the account's domains and reading its logs",
        revoke: "Mailgun › API Security, rotate the key",
        equivalents: [.gitleaks("mailgun-private-api-token"), .trufflehog("Mailgun")],
        finder: TokenFormat(prefixes: ["key-"], [.init(.lowerAlphanumeric, 32...32)], minimumEntropy: 3.5),
        triggering: [
            "↓MAILGUN_API_KEY=key-l29gaw7b1ouocd5fkmb9ujc48v62t3h5",
            "# Mailgun private API key\nclient:\n↓  mailgun_api_key: \"key-l29gaw7b1ouocd5fkmb9ujc48v62t3h5\"",
        ],
        nonTriggering: [
            "MAILGUN_API_KEY=${MAILGUN_API_KEY}",
            "MAILGUN_API_KEY=key-l29gaw7b1ouocd5fkmb9ujc48v62t3h",
        ])
}

extension SecretDetector {
    static let brevoAPIKey = SecretDetector(
        id: "SECRET-BREVO-API-KEY", title: "Brevo (Sendinblue) API key",
        grants: "sending e-mail and SMS as the account, and its contact lists",
        revoke: "Brevo › SMTP & API, delete the key",
        equivalents: [.gitleaks("sendinblue-api-token"), .trufflehog("SendinBlueV2")],
        finder: TokenFormat(prefixes: ["xkeysib-"], [.init(.lowerHex, 64...64, then: "-"), .init(.alphanumeric, 16...16)]),
        triggering: [
            "↓BREVO_API_KEY=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",
            "# Brevo (Sendinblue) API key\nclient:\n↓  brevo_api_key: \"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\"",
        ],
        nonTriggering: [
            "BREVO_API_KEY=${BREVO_API_KEY}",
            "BREVO_API_KEY=xkeysib-39c1c1b501613a14f52686b26dbd504e250ba406175e99955ba2502218279a9f-tpzbXvIplBqqCTI",
        ])
}

extension SecretDetector {
    static let sendgridAPIKey = SecretDetector(
        id: "SECRET-SENDGRID-API-KEY", title: "SendGrid API key",
        grants: "sending e-mail as the account's verified senders (phishing from a trusted domain)",
        revoke: "SendGrid › Settings › API Keys, delete the key",
        equivalents: [.gitleaks("sendgrid-api-token"), .trufflehog("SendGrid")],
        finder: TokenFormat(prefixes: ["SG."], [.init(.base64URL, 22...22, then: "."), .init(.base64URL, 43...43)]),
        triggering: [
            "↓SENDGRID_API_KEY=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",
            "# SendGrid API key\nclient:\n↓  sendgrid_api_key: \"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\"",
        ],
        nonTriggering: [
            "SENDGRID_API_KEY=${SENDGRID_API_KEY}",
            "SENDGRID_API_KEY=SG._aVnJwmrNVzpNfu4BGewgp.5xmllBg-9_IeUgf51NxZyHAX7EDM4Ig6oO1loXKSQk",
        ])
}

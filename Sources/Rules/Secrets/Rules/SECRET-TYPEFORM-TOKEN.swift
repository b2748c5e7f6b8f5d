extension SecretDetector {
    static let typeformToken = SecretDetector(
        id: "SECRET-TYPEFORM-TOKEN", title: "Typeform personal token",
        grants: "the account's forms and their responses (personal data)",
        revoke: "Typeform › Account › Personal tokens, delete it",
        equivalents: [.gitleaks("typeform-api-token"), .trufflehog("Typeform")],
        finder: TokenFormat(prefixes: ["tfp_"], [.init(.base64URLDottedPadded, 59...59)], minimumEntropy: 3.5),
        triggering: [
            "↓TYPEFORM_TOKEN=tfp_L0x3gbTkrwdJboQLelZxoEwmvIhAMlxABYl-tUpakm3Wli9vW7AMh2k2hdN",
            "# Typeform personal token\nclient:\n↓  typeform_token: \"tfp_L0x3gbTkrwdJboQLelZxoEwmvIhAMlxABYl-tUpakm3Wli9vW7AMh2k2hdN\"",
        ],
        nonTriggering: [
            "TYPEFORM_TOKEN=${TYPEFORM_TOKEN}",
            "TYPEFORM_TOKEN=tfp_L0x3gbTkrwdJboQLelZxoEwmvIhAMlxABYl-tUpakm3Wli9vW7AMh2k2hd",
        ])
}

extension SecretDetector {
    static let mailchimpAPIKey = SecretDetector(
        id: "SECRET-MAILCHIMP-API-KEY", title: "Mailchimp API key",
        grants: "the Mailchimp account's audiences and campaigns",
        revoke: "Mailchimp › Account › Extras › API keys, disable the key",
        equivalents: [.gitleaks("mailchimp-api-key"), .trufflehog("Mailchimp")],
        finder: TokenFormat(anchors: [.shape(#"[0-9a-f]{32}-us[0-9]"#, width: 36)], [.init(.digits, 0...1)], minimumEntropy: 3.0),
        triggering: [
            "↓MAILCHIMP_API_KEY=60d63498db675808b053b76120851232-us18",
            "# Mailchimp API key\nclient:\n↓  mailchimp_api_key: \"60d63498db675808b053b76120851232-us18\"",
        ],
        nonTriggering: [
            "MAILCHIMP_API_KEY=${MAILCHIMP_API_KEY}",
            "MAILCHIMP_API_KEY=60d63498db675808b053b761208",
        ])
}

extension SecretDetector {
    static let alibabaAccessKeyID = SecretDetector(
        id: "SECRET-ALIBABA-ACCESS-KEY-ID", title: "Alibaba Cloud AccessKey ID", severity: .medium,
        grants: "half of an Alibaba Cloud credential pair",
        revoke: "the RAM console, disable and delete the AccessKey",
        equivalents: [.gitleaks("alibaba-access-key-id"), .trufflehog("Alibaba")],
        finder: TokenFormat(prefixes: ["LTAI"], [.init(.alphanumeric, 20...20)], minimumEntropy: 3.0),
        triggering: [
            "↓ALIBABA_ACCESS_KEY_ID=LTAIzwv7BZDBbZyBhpKDV5Mp",
            "# Alibaba Cloud AccessKey ID\nclient:\n↓  alibaba_access_key_id: \"LTAIzwv7BZDBbZyBhpKDV5Mp\"",
        ],
        nonTriggering: [
            "ALIBABA_ACCESS_KEY_ID=${ALIBABA_ACCESS_KEY_ID}",
            "ALIBABA_ACCESS_KEY_ID=LTAIzwv7BZDBbZyBhpKDV5M",
        ])
}

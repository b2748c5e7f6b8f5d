extension SecretDetector {
    static let twilioAPIKey = SecretDetector(
        id: "SECRET-TWILIO-API-KEY", title: "Twilio API key",
        grants: "sending messages and calls billed to the Twilio account, and reading its logs",
        revoke: "the Twilio console › API keys, delete the key",
        equivalents: [.gitleaks("twilio-api-key"), .trufflehog("Twilio")],
        finder: TokenFormat(anchors: [.shape(#"SK[0-9a-fA-F]{32}"#, width: 34)], [], minimumEntropy: 3.0),
        triggering: [
            "↓TWILIO_API_KEY=SK631b15e2cd93552c48a40ccdb17e304b",
            "# Twilio API key\nclient:\n↓  twilio_api_key: \"SK631b15e2cd93552c48a40ccdb17e304b\"",
        ],
        nonTriggering: [
            "TWILIO_API_KEY=${TWILIO_API_KEY}",
            "TWILIO_API_KEY=SK631b15e2cd93552c48a40c",
        ])
}

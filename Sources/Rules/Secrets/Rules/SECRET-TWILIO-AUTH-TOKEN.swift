extension SecretDetector {
    static let twilioAuthToken = SecretDetector(
        id: "SECRET-TWILIO-AUTH-TOKEN", title: "Twilio auth token",
        grants: "the whole Twilio account: messages, calls, numbers, sub-accounts",
        revoke: "the Twilio console › Account › API keys & tokens, rotate the auth token",
        equivalents: [.trufflehog("Twilio")],
        finder: KeyedValue(keys: ["twilio_auth_token", "twilio-auth-token", "twilioauthtoken"], .lowerHex, 32...32, minimumEntropy: 3.0),
        triggering: [
            "↓TWILIO_AUTH_TOKEN=01d2b57c713688bc46835ee5cc2b5e39",
        ],
        nonTriggering: [
            "TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}",
            "TWILIO_AUTH_TOKEN=c37a30c8350978c7c01fe26d7747cf0",
        ])
}

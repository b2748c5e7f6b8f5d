extension SecretDetector {
    static let flutterwaveSecretKey = SecretDetector(
        id: "SECRET-FLUTTERWAVE-SECRET-KEY", title: "Flutterwave secret key",
        grants: "payments and transfers of the Flutterwave account",
        revoke: "the Flutterwave dashboard › Settings › API, regenerate the keys",
        equivalents: [.gitleaks("flutterwave-secret-key")],
        finder: TokenFormat(prefixes: ["FLWSECK_TEST-", "FLWSECK-"], [.init(.lowerHex, 32...32, then: "-"), .init(.upper, 1...1)]),
        triggering: [
            "↓FLW_SECRET_KEY=FLWSECK_TEST-abd68a17b5fa080d49fa2d6b256cd183-C",
            "# Flutterwave secret key\nclient:\n↓  flw_secret_key: \"FLWSECK_TEST-abd68a17b5fa080d49fa2d6b256cd183-C\"",
        ],
        nonTriggering: [
            "FLW_SECRET_KEY=${FLW_SECRET_KEY}",
            "FLW_SECRET_KEY=FLWSECK_TEST-abd68a17b5fa080d49fa2d6b256cd183-",
        ])
}

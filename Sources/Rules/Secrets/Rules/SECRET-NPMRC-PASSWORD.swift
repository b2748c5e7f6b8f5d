extension SecretDetector {
    static let npmrcPassword = SecretDetector(
        id: "SECRET-NPMRC-PASSWORD", title: "npm registry password in .npmrc (_auth or _password)",
        grants: "publishing and installing the registry's private packages as the account",
        revoke: "the registry, change the account's password",
        equivalents: [.gitleaks("npm-access-token")],
        finder: KeyedValue(keys: ["_auth", "_password"], caseless: false, .base64Padded, 8...1_024, holdsAnyToken: true),
        triggering: [
            "//npm.shop.example/:username=ci\n↓//npm.shop.example/:_password=aUNyejlNZWtGeFJMTU9OQzlxOEU=",
        ],
        nonTriggering: [
            "//npm.shop.example/:username=ci\n//npm.shop.example/:_password=${NPM_PASSWORD}",
            "//npm.shop.example/:_auth=<base64 of user:password>",
        ])
}

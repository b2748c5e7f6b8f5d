extension SecretDetector {
    static let npmrcAuthToken = SecretDetector(
        id: "SECRET-NPMRC-AUTH-TOKEN", title: "npm registry token in .npmrc (_authToken)",
        grants: "publishing and installing the registry's private packages as the account",
        revoke: "the registry's token page (npmjs.com, GitHub Packages, Artifactory…), revoke the token",
        equivalents: [.gitleaks("npm-access-token")],
        finder: KeyedValue(keys: ["_authToken"], caseless: false, .base64URLDottedPadded, 16...2_048, holdsAnyToken: true),
        triggering: [
            "registry=https://npm.shop.example/\n↓//npm.shop.example/:_authToken=VQRMeB-MRIUqgzvJTX8LbqjVIm7MCfOBWJ7K",
        ],
        nonTriggering: [
            "//npm.shop.example/:_authToken=${NPM_TOKEN}",
            "//npm.shop.example/:_authToken=xxxxxxxxxxxxxxxxxxxx",
        ])
}

extension SecretDetector {
    static let harnessToken = SecretDetector(
        id: "SECRET-HARNESS-TOKEN", title: "Harness API token",
        grants: "the account's pipelines, connectors and secrets, with the token's role",
        revoke: "Harness › My profile › API keys, delete the token",
        equivalents: [.gitleaks("harness-api-key"), .trufflehog("Harness")],
        finder: TokenFormat(prefixes: ["pat."], [.init(.base64URL, 22...22, then: "."), .init(.alphanumeric, 24...24, then: "."), .init(.alphanumeric, 20...20)]),
        triggering: [
            "↓HARNESS_API_TOKEN=pat.QSAfbVW13aSqQra3o-NK_s.R9IutL9Nb6dwiQTBbCoBQ4lN.B4uwpHRv0FvepynzseKi",
            "# Harness API token\nclient:\n↓  harness_api_token: \"pat.QSAfbVW13aSqQra3o-NK_s.R9IutL9Nb6dwiQTBbCoBQ4lN.B4uwpHRv0FvepynzseKi\"",
        ],
        nonTriggering: [
            "HARNESS_API_TOKEN=${HARNESS_API_TOKEN}",
            "HARNESS_API_TOKEN=pat.QSAfbVW13aSqQra3o-NK_s.R9IutL9Nb6dwiQTBbCoBQ4lN.B4uwpHRv0FvepynzseK",
        ])
}

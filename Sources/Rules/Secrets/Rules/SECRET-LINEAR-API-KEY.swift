extension SecretDetector {
    static let linearAPIKey = SecretDetector(
        id: "SECRET-LINEAR-API-KEY", title: "Linear API key",
        grants: "the workspace's issues, projects and comments, as the user",
        revoke: "Linear › Settings › API, revoke it",
        equivalents: [.gitleaks("linear-api-key"), .trufflehog("Linear")],
        finder: TokenFormat(prefixes: ["lin_api_"], [.init(.alphanumeric, 40...40)]),
        triggering: [
            "↓LINEAR_API_KEY=lin_api_pdFcMzvBoJFxfNsk22ohMAaHj9jqMy9nTRPgLS7L",
            "# Linear API key\nclient:\n↓  linear_api_key: \"lin_api_pdFcMzvBoJFxfNsk22ohMAaHj9jqMy9nTRPgLS7L\"",
        ],
        nonTriggering: [
            "LINEAR_API_KEY=${LINEAR_API_KEY}",
            "LINEAR_API_KEY=lin_api_pdFcMzvBoJFxfNsk22ohMAaHj9jqMy9nTRPgLS7",
        ])
}

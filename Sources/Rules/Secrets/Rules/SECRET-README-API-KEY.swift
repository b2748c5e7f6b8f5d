extension SecretDetector {
    static let readmeAPIKey = SecretDetector(
        id: "SECRET-README-API-KEY", title: "ReadMe API key",
        grants: "the project's documentation and API definitions",
        revoke: "ReadMe › API keys, delete it",
        equivalents: [.gitleaks("readme-api-token")],
        finder: TokenFormat(prefixes: ["rdme_"], [.init(.lowerAlphanumeric, 70...70)]),
        triggering: [
            "↓README_API_KEY=rdme_3mze8ypv5ifs859xm8xjxk9ea01mwetg24hu0coks25leeeuas7g7u0cfn41wqy35kpdtb",
            "# ReadMe API key\nclient:\n↓  readme_api_key: \"rdme_3mze8ypv5ifs859xm8xjxk9ea01mwetg24hu0coks25leeeuas7g7u0cfn41wqy35kpdtb\"",
        ],
        nonTriggering: [
            "README_API_KEY=${README_API_KEY}",
            "README_API_KEY=rdme_3mze8ypv5ifs859xm8xjxk9ea01mwetg24hu0coks25leeeuas7g7u0cfn41wqy35kpdt",
        ])
}

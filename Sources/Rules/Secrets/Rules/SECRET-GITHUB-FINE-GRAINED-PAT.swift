extension SecretDetector {
    static let githubFineGrainedToken = SecretDetector(
        id: "SECRET-GITHUB-FINE-GRAINED-PAT", title: "GitHub fine-grained personal access token",
        grants: "the repositories and permissions chosen when it was created",
        revoke: "GitHub settings › Developer settings, or the organisation's token list",
        equivalents: [.gitleaks("github-fine-grained-pat"), .trufflehog("Github")],
        finder: TokenFormat(prefixes: ["github_pat_"], [.init(.alphanumeric, 22...22, then: "_"), .init(.alphanumeric, 59...59)]),
        triggering: [
            "↓GH_TOKEN=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",
            "# GitHub fine-grained personal access token\nclient:\n↓  gh_token: \"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\"",
        ],
        nonTriggering: [
            "GH_TOKEN=${GH_TOKEN}",
            "GH_TOKEN=github_pat_nx9d2JGJfziSwkK4vqqveG_OJtfyaoU177LuPHytSIroDHz0Ui0kCt5pQ9zbExLQan6lrHurom0KANQbI",
        ])
}

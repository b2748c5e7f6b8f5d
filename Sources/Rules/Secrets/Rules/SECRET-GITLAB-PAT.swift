extension SecretDetector {
    static let gitlabPersonalAccessToken = SecretDetector(
        id: "SECRET-GITLAB-PAT", title: "GitLab personal access token",
        grants: "the GitLab user's access to the API and repositories, within its scopes",
        revoke: "GitLab › the token's settings page (user, project, group or runner), revoke it",
        equivalents: [.gitleaks("gitlab-pat"), .trufflehog("Gitlab")],
        finder: TokenFormat(prefixes: ["glpat-"], [.init(.base64URLDotted, 20...120)]),
        triggering: [
            "↓GITLAB_TOKEN=glpat-Gv-5tjXJJuEOHZyKt5kH",
            "# GitLab personal access token\nclient:\n↓  gitlab_token: \"glpat-Gv-5tjXJJuEOHZyKt5kH\"",
        ],
        nonTriggering: [
            "GITLAB_TOKEN=${GITLAB_TOKEN}",
            "GITLAB_TOKEN=glpat-Gv-5tjXJJuEOHZyKt5k",
        ])
}

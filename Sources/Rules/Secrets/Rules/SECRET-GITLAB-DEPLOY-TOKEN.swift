extension SecretDetector {
    static let gitlabDeployToken = SecretDetector(
        id: "SECRET-GITLAB-DEPLOY-TOKEN", title: "GitLab deploy token",
        grants: "reading (or writing) the repository, packages and registry it was created for",
        revoke: "GitLab › the token's settings page (user, project, group or runner), revoke it",
        equivalents: [.gitleaks("gitlab-deploy-token"), .trufflehog("Gitlab")],
        finder: TokenFormat(prefixes: ["gldt-"], [.init(.base64URL, 20...64)]),
        triggering: [
            "↓DEPLOY_TOKEN=gldt-4hvfvV8gCXTpN8c5WTVx",
            "# GitLab deploy token\nclient:\n↓  deploy_token: \"gldt-4hvfvV8gCXTpN8c5WTVx\"",
        ],
        nonTriggering: [
            "DEPLOY_TOKEN=${DEPLOY_TOKEN}",
            "DEPLOY_TOKEN=gldt-4hvfvV8gCXTpN8c5WTV",
        ])
}

extension SecretDetector {
    static let gitlabOAuthApplicationSecret = SecretDetector(
        id: "SECRET-GITLAB-OAUTH-APP-SECRET", title: "GitLab OAuth application secret",
        grants: "impersonating the OAuth application to GitLab users",
        revoke: "GitLab › the token's settings page (user, project, group or runner), revoke it",
        equivalents: [.gitleaks("gitlab-oauth-app-secret"), .trufflehog("Gitlab")],
        finder: TokenFormat(prefixes: ["gloas-"], [.init(.lowerHex, 64...64)]),
        triggering: [
            "↓GITLAB_OAUTH_SECRET=gloas-b110bbba328cf113f4fff7ad86deab2d0da65c97e86a3180e95e48ebaef64c07",
            "# GitLab OAuth application secret\nclient:\n↓  gitlab_oauth_secret: \"gloas-b110bbba328cf113f4fff7ad86deab2d0da65c97e86a3180e95e48ebaef64c07\"",
        ],
        nonTriggering: [
            "GITLAB_OAUTH_SECRET=${GITLAB_OAUTH_SECRET}",
            "GITLAB_OAUTH_SECRET=gloas-b110bbba328cf113f4fff7ad86deab2d0da65c97e86a3180e95e48ebaef64c0",
        ])
}

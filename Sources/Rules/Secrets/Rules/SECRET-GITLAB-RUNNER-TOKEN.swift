extension SecretDetector {
    static let gitlabRunnerToken = SecretDetector(
        id: "SECRET-GITLAB-RUNNER-TOKEN", title: "GitLab runner authentication token",
        grants: "registering a runner that receives the project's CI jobs and their secrets",
        revoke: "GitLab › the token's settings page (user, project, group or runner), revoke it",
        equivalents: [.gitleaks("gitlab-runner-authentication-token"), .trufflehog("Gitlab")],
        finder: TokenFormat(prefixes: ["glrt-"], [.init(.base64URLDotted, 20...120)]),
        triggering: [
            "↓RUNNER_TOKEN=glrt-F_Cu5akMNzH-rUx_8Oy2",
            "# GitLab runner authentication token\nclient:\n↓  runner_token: \"glrt-F_Cu5akMNzH-rUx_8Oy2\"",
        ],
        nonTriggering: [
            "RUNNER_TOKEN=${RUNNER_TOKEN}",
            "RUNNER_TOKEN=glrt-F_Cu5akMNzH-rUx_8Oy",
        ])
}

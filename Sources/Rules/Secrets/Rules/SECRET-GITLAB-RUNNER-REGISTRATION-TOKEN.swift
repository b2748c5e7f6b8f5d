extension SecretDetector {
    static let gitlabRunnerRegistrationToken = SecretDetector(
        id: "SECRET-GITLAB-RUNNER-REGISTRATION-TOKEN", title: "GitLab runner registration token",
        grants: "registering runners that receive the project's or group's CI jobs",
        revoke: "GitLab › the token's settings page (user, project, group or runner), revoke it",
        equivalents: [.gitleaks("gitlab-rrt"), .trufflehog("Gitlab")],
        finder: TokenFormat(prefixes: ["GR1348941"], [.init(.base64URL, 20...20)]),
        triggering: [
            "↓REGISTRATION_TOKEN=GR1348941B6Co4owbXPjdG23SgUAk",
            "# GitLab runner registration token\nclient:\n↓  registration_token: \"GR1348941B6Co4owbXPjdG23SgUAk\"",
        ],
        nonTriggering: [
            "REGISTRATION_TOKEN=${REGISTRATION_TOKEN}",
            "REGISTRATION_TOKEN=GR1348941B6Co4owbXPjdG23SgUA",
        ])
}

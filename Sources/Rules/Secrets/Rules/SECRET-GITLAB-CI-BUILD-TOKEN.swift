extension SecretDetector {
    static let gitlabCIBuildToken = SecretDetector(
        id: "SECRET-GITLAB-CI-BUILD-TOKEN", title: "GitLab CI/CD job token",
        grants: "the running job's access to the API, registries and repositories",
        revoke: "GitLab › the token's settings page (user, project, group or runner), revoke it",
        equivalents: [.gitleaks("gitlab-cicd-job-token"), .trufflehog("Gitlab")],
        finder: TokenFormat(prefixes: ["glcbt-"], [.init(.alphanumeric, 1...5, then: "_"), .init(.base64URL, 20...20)]),
        triggering: [
            "↓CI_BUILD_TOKEN=glcbt-d_RDwE939w8XV9e_B26uN7",
            "# GitLab CI/CD job token\nclient:\n↓  ci_build_token: \"glcbt-d_RDwE939w8XV9e_B26uN7\"",
        ],
        nonTriggering: [
            "CI_BUILD_TOKEN=${CI_BUILD_TOKEN}",
            "CI_BUILD_TOKEN=glcbt-d_RDwE939w8XV9e_B26uN",
        ])
}

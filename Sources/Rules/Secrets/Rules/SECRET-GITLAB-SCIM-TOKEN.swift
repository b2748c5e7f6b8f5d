extension SecretDetector {
    static let gitlabSCIMToken = SecretDetector(
        id: "SECRET-GITLAB-SCIM-TOKEN", title: "GitLab SCIM token",
        grants: "provisioning and deprovisioning the group's users",
        revoke: "GitLab › the token's settings page (user, project, group or runner), revoke it",
        equivalents: [.gitleaks("gitlab-scim-token"), .trufflehog("Gitlab")],
        finder: TokenFormat(prefixes: ["glsoat-"], [.init(.base64URL, 20...20)]),
        triggering: [
            "↓SCIM_TOKEN=glsoat-Z3qFiqOHlViI1ezxBhP6",
            "# GitLab SCIM token\nclient:\n↓  scim_token: \"glsoat-Z3qFiqOHlViI1ezxBhP6\"",
        ],
        nonTriggering: [
            "SCIM_TOKEN=${SCIM_TOKEN}",
            "SCIM_TOKEN=glsoat-Z3qFiqOHlViI1ezxBhP",
        ])
}

extension SecretDetector {
    static let githubRefreshToken = SecretDetector(
        id: "SECRET-GITHUB-REFRESH-TOKEN", title: "GitHub App refresh token",
        grants: "new user-to-server tokens for the GitHub App user, for months",
        revoke: "GitHub settings › Developer settings, or the organisation's token list",
        equivalents: [.gitleaks("github-refresh-token"), .trufflehog("Github")],
        finder: TokenFormat(prefixes: ["ghr_"], [.init(.alphanumeric, 76...76)]),
        triggering: [
            "↓GITHUB_REFRESH_TOKEN=ghr_gZL2XPM1f9QFzKAP3O2tPeslSfx29vz0AluCgbIdgbQzr137vqXqY08Kcd5bYJS9cRyIadpQY5vi",
            "# GitHub App refresh token\nclient:\n↓  github_refresh_token: \"ghr_gZL2XPM1f9QFzKAP3O2tPeslSfx29vz0AluCgbIdgbQzr137vqXqY08Kcd5bYJS9cRyIadpQY5vi\"",
        ],
        nonTriggering: [
            "GITHUB_REFRESH_TOKEN=${GITHUB_REFRESH_TOKEN}",
            "GITHUB_REFRESH_TOKEN=ghr_gZL2XPM1f9QFzKAP3O2tPeslSfx29vz0AluCgbIdgbQzr137vqXqY08Kcd5bYJS9cRyIadpQY5v",
        ])
}

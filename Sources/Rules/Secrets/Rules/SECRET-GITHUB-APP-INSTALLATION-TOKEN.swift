extension SecretDetector {
    static let githubAppInstallationToken = SecretDetector(
        id: "SECRET-GITHUB-APP-INSTALLATION-TOKEN", title: "GitHub App installation token",
        grants: "the repositories, organisations and scopes of the account or app it was issued to",
        revoke: "GitHub settings › Developer settings, or the organisation's token list",
        equivalents: [.gitleaks("github-app-token"), .trufflehog("Github")],
        finder: TokenFormat(prefixes: ["ghs_"], [.init(.alphanumeric, 36...36)], checksum: .crc32Base62),
        triggering: [
            "↓GITHUB_TOKEN=ghs_DUbUM8jTljwB6C15xNkIfqfz692Bxd4dZYqE",
            "# GitHub App installation token\nclient:\n↓  github_token: \"ghs_DUbUM8jTljwB6C15xNkIfqfz692Bxd4dZYqE\"",
        ],
        nonTriggering: [
            "GITHUB_TOKEN=${GITHUB_TOKEN}",
            "GITHUB_TOKEN=ghs_DUbUM8jTljwB6C15xNkIfqfz692Bxd4dZYqA",
        ])
}

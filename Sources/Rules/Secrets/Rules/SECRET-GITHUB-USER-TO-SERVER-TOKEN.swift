extension SecretDetector {
    static let githubUserToServerToken = SecretDetector(
        id: "SECRET-GITHUB-USER-TO-SERVER-TOKEN", title: "GitHub App user-to-server token",
        grants: "the repositories, organisations and scopes of the account or app it was issued to",
        revoke: "GitHub settings › Developer settings, or the organisation's token list",
        equivalents: [.gitleaks("github-app-token"), .trufflehog("Github")],
        finder: TokenFormat(prefixes: ["ghu_"], [.init(.alphanumeric, 36...36)], checksum: .crc32Base62),
        triggering: [
            "↓GITHUB_TOKEN=ghu_PQG7dOcCMlSNR1MCq5DyOQuo3bDQnk04Zbxi",
            "# GitHub App user-to-server token\nclient:\n↓  github_token: \"ghu_PQG7dOcCMlSNR1MCq5DyOQuo3bDQnk04Zbxi\"",
        ],
        nonTriggering: [
            "GITHUB_TOKEN=${GITHUB_TOKEN}",
            "GITHUB_TOKEN=ghu_PQG7dOcCMlSNR1MCq5DyOQuo3bDQnk04ZbxA",
        ])
}

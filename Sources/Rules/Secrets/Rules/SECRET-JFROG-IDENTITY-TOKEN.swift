extension SecretDetector {
    static let jfrogIdentityToken = SecretDetector(
        id: "SECRET-JFROG-IDENTITY-TOKEN", title: "JFrog identity token",
        grants: "the JFrog Platform as the user",
        revoke: "the JFrog Platform › Edit profile › Identity tokens, revoke it",
        equivalents: [.gitleaks("jfrog-identity-token"), .trufflehog("ArtifactoryAccessToken")],
        finder: TokenFormat(prefixes: ["cmVmdGtuOjAxOj"], [.init(.base64Padded, 50...100)], minimumEntropy: 3.5),
        triggering: [
            "↓JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjM/mfkzPRZBVVcP4TDhzJ+prKSCY6YlWoxWNr5uZQRCWpTVY8ve",
            "# JFrog identity token\nclient:\n↓  jfrog_access_token: \"cmVmdGtuOjAxOjM/mfkzPRZBVVcP4TDhzJ+prKSCY6YlWoxWNr5uZQRCWpTVY8ve\"",
        ],
        nonTriggering: [
            "JFROG_ACCESS_TOKEN=${JFROG_ACCESS_TOKEN}",
            "JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjM/mfkzPRZBVVcP4TDhzJ+prKSCY6YlWoxWNr5uZQRCWpTVY8v",
        ])
}

extension SecretDetector {
    static let gitlabFeedToken = SecretDetector(
        id: "SECRET-GITLAB-FEED-TOKEN", title: "GitLab feed token",
        grants: "reading the user's RSS/Atom and calendar feeds, which list private activity",
        revoke: "GitLab › the token's settings page (user, project, group or runner), revoke it",
        equivalents: [.gitleaks("gitlab-feed-token"), .trufflehog("Gitlab")],
        finder: TokenFormat(prefixes: ["glft-"], [.init(.base64URL, 20...20)]),
        triggering: [
            "↓FEED_TOKEN=glft-wXE9g2ufu7yabJ1-rznx",
            "# GitLab feed token\nclient:\n↓  feed_token: \"glft-wXE9g2ufu7yabJ1-rznx\"",
        ],
        nonTriggering: [
            "FEED_TOKEN=${FEED_TOKEN}",
            "FEED_TOKEN=glft-wXE9g2ufu7yabJ1-rzn",
        ])
}

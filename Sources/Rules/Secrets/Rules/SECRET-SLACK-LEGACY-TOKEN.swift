extension SecretDetector {
    static let slackLegacyToken = SecretDetector(
        id: "SECRET-SLACK-LEGACY-TOKEN", title: "Slack legacy token",
        grants: "the workspace access of the legacy integration that issued it",
        revoke: "the Slack workspace's api.slack.com › Your Apps (or the legacy token page), revoke the token",
        equivalents: [.gitleaks("slack-legacy-token"), .trufflehog("Slack")],
        finder: TokenFormat(prefixes: ["xoxa-", "xoxr-", "xoxo-", "xoxs-"], [.init(.alphanumericDash, 20...160)], minimumEntropy: 3.5),
        triggering: [
            "↓SLACK_LEGACY_TOKEN=xoxa-60XdFTgKMpT4ycnZiwBI",
            "# Slack legacy token\nclient:\n↓  slack_legacy_token: \"xoxa-60XdFTgKMpT4ycnZiwBI\"",
        ],
        nonTriggering: [
            "SLACK_LEGACY_TOKEN=${SLACK_LEGACY_TOKEN}",
            "SLACK_LEGACY_TOKEN=xoxa-60XdFTgKMpT4ycnZiwB",
        ])
}

extension SecretDetector {
    static let slackWebhook = SecretDetector(
        id: "SECRET-SLACK-WEBHOOK", title: "Slack incoming webhook URL",
        grants: "posting any message to its Slack channel, as the app",
        revoke: "the Slack workspace's api.slack.com › Your Apps (or the legacy token page), revoke the token",
        equivalents: [.gitleaks("slack-webhook-url"), .trufflehog("SlackWebhook")],
        finder: TokenFormat(prefixes: ["hooks.slack.com/services/"], [.init(.upperAlphanumeric, 9...12, then: "/"), .init(.upperAlphanumeric, 9...12, then: "/"), .init(.alphanumeric, 24...24)]),
        triggering: [
            "↓SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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",
            "# Slack incoming webhook URL\nclient:\n↓  slack_webhook_url: \"https://hooks.slack.com/services/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\"",
        ],
        nonTriggering: [
            "SLACK_WEBHOOK_URL=${SLACK_WEBHOOK_URL}",
            "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TMQD14LU1/BH2VVNOFJ/uePnKOwHjLHD4w",
        ])
}

extension SecretDetector {
    static let slackBotToken = SecretDetector(
        id: "SECRET-SLACK-BOT-TOKEN", title: "Slack bot token",
        grants: "reading and posting in every channel the bot was added to",
        revoke: "the Slack workspace's api.slack.com › Your Apps (or the legacy token page), revoke the token",
        equivalents: [.gitleaks("slack-bot-token"), .trufflehog("Slack")],
        finder: TokenFormat(prefixes: ["xoxb-"], [.init(.digits, 10...13, then: "-"), .init(.digits, 10...13, then: "-"), .init(.alphanumeric, 24...24)]),
        triggering: [
            "↓SLACK_BOT_TOKEN=xoxb-3992091839-3640705455-nFF2XI9jGKqM7F5V3JeFtHPX",
            "# Slack bot token\nclient:\n↓  slack_bot_token: \"xoxb-3992091839-3640705455-nFF2XI9jGKqM7F5V3JeFtHPX\"",
        ],
        nonTriggering: [
            "SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}",
            "SLACK_BOT_TOKEN=xoxb-3992091839-3640705455-nFF2XI9jGKqM7F5V3JeFtHP",
        ])
}

extension SecretDetector {
    static let slackConfigurationToken = SecretDetector(
        id: "SECRET-SLACK-CONFIG-TOKEN", title: "Slack app configuration token",
        grants: "creating and changing the workspace's Slack apps",
        revoke: "the Slack workspace's api.slack.com › Your Apps (or the legacy token page), revoke the token",
        equivalents: [.gitleaks("slack-config-access-token"), .trufflehog("Slack")],
        finder: TokenFormat(prefixes: ["xoxe.xoxp-1-", "xoxe.xoxb-1-"], [.init(.alphanumeric, 140...170)]),
        triggering: [
            "↓SLACK_CONFIG_TOKEN=xoxe.xoxp-1-56dNnLdrWuHc3mDR6HzRFhYK4rRTxFwWNtHNXKSW5yFoLk0F5dhSJvXMAgwNgdfnq5mOLedV89h6NhXPrsIdC2pLIavoxGAMZmyJfJep8RROpt0HjcJtIlrSNnVuxJZzLKpbJ3mnTAVY",
            "# Slack app configuration token\nclient:\n↓  slack_config_token: \"xoxe.xoxp-1-56dNnLdrWuHc3mDR6HzRFhYK4rRTxFwWNtHNXKSW5yFoLk0F5dhSJvXMAgwNgdfnq5mOLedV89h6NhXPrsIdC2pLIavoxGAMZmyJfJep8RROpt0HjcJtIlrSNnVuxJZzLKpbJ3mnTAVY\"",
        ],
        nonTriggering: [
            "SLACK_CONFIG_TOKEN=${SLACK_CONFIG_TOKEN}",
            "SLACK_CONFIG_TOKEN=xoxe.xoxp-1-56dNnLdrWuHc3mDR6HzRFhYK4rRTxFwWNtHNXKSW5yFoLk0F5dhSJvXMAgwNgdfnq5mOLedV89h6NhXPrsIdC2pLIavoxGAMZmyJfJep8RROpt0HjcJtIlrSNnVuxJZzLKpbJ3mnTAV",
        ])
}

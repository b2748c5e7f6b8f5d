extension SecretDetector {
    static let slackUserToken = SecretDetector(
        id: "SECRET-SLACK-USER-TOKEN", title: "Slack user token",
        grants: "acting as the user in their Slack workspace",
        revoke: "the Slack workspace's api.slack.com › Your Apps (or the legacy token page), revoke the token",
        equivalents: [.gitleaks("slack-user-token"), .trufflehog("Slack")],
        finder: TokenFormat(prefixes: ["xoxp-", "xoxe-"], [.init(.digits, 10...13, then: "-"), .init(.digits, 10...13, then: "-"), .init(.digits, 10...13, then: "-"), .init(.alphanumeric, 28...34)]),
        triggering: [
            "↓SLACK_USER_TOKEN=xoxp-2480560351-5556843913-9919268289-v8CcApDikncTXFD9RdI26Ezopiof",
            "# Slack user token\nclient:\n↓  slack_user_token: \"xoxp-2480560351-5556843913-9919268289-v8CcApDikncTXFD9RdI26Ezopiof\"",
        ],
        nonTriggering: [
            "SLACK_USER_TOKEN=${SLACK_USER_TOKEN}",
            "SLACK_USER_TOKEN=xoxp-2480560351-5556843913-9919268289-v8CcApDikncTXFD9RdI26Ezopio",
        ])
}

extension SecretDetector {
    static let slackAppToken = SecretDetector(
        id: "SECRET-SLACK-APP-TOKEN", title: "Slack app-level token",
        grants: "opening Socket Mode connections and the app's event stream",
        revoke: "the Slack workspace's api.slack.com › Your Apps (or the legacy token page), revoke the token",
        equivalents: [.gitleaks("slack-app-token"), .trufflehog("Slack")],
        finder: TokenFormat(prefixes: ["xapp-"], [.init(.digits, 1...1, then: "-"), .init(.upperAlphanumeric, 8...16, then: "-"), .init(.digits, 8...16, then: "-"), .init(.lowerAlphanumeric, 32...80)]),
        triggering: [
            "↓SLACK_APP_TOKEN=xapp-5-ZIE36056-22066543-zablmpqyfyjq9m6qovm9ofrrbcrz4oyq",
            "# Slack app-level token\nclient:\n↓  slack_app_token: \"xapp-5-ZIE36056-22066543-zablmpqyfyjq9m6qovm9ofrrbcrz4oyq\"",
        ],
        nonTriggering: [
            "SLACK_APP_TOKEN=${SLACK_APP_TOKEN}",
            "SLACK_APP_TOKEN=xapp-5-ZIE36056-22066543-zablmpqyfyjq9m6qovm9ofrrbcrz4oy",
        ])
}

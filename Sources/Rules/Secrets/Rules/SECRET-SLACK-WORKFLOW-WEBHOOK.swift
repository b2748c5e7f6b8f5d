extension SecretDetector {
    static let slackWorkflowWebhook = SecretDetector(
        id: "SECRET-SLACK-WORKFLOW-WEBHOOK", title: "Slack workflow webhook URL",
        grants: "starting the Slack workflow with any input",
        revoke: "the Slack workspace's api.slack.com › Your Apps (or the legacy token page), revoke the token",
        equivalents: [.gitleaks("slack-webhook-url"), .trufflehog("SlackWebhook")],
        finder: TokenFormat(prefixes: ["hooks.slack.com/workflows/", "hooks.slack.com/triggers/"], [.init(.upperAlphanumeric, 9...12, then: "/"), .init(.upperAlphanumeric, 9...12, then: "/"), .init(.digits, 8...20, then: "/"), .init(.alphanumeric, 32...32)]),
        triggering: [
            "↓SLACK_WORKFLOW_URL=https://hooks.slack.com/workflows/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",
            "# Slack workflow webhook URL\nclient:\n↓  slack_workflow_url: \"https://hooks.slack.com/workflows/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\"",
        ],
        nonTriggering: [
            "SLACK_WORKFLOW_URL=${SLACK_WORKFLOW_URL}",
            "SLACK_WORKFLOW_URL=https://hooks.slack.com/workflows/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",
        ])
}

extension SecretDetector {
    static let teamsWebhook = SecretDetector(
        id: "SECRET-TEAMS-WEBHOOK", title: "Microsoft Teams incoming webhook URL",
        grants: "posting any message to its Teams channel",
        revoke: "Teams › the channel's Connectors (or Workflows), remove the webhook",
        equivalents: [.trufflehog("MicrosoftTeamsWebhook")],
        finder: TokenFormat(prefixes: ["webhook.office.com/webhookb2/"], [.init(.uuid, 36...36, then: "@"), .init(.uuid, 36...36, then: "/"), .init(.letters, 15...15, then: "/"), .init(.lowerAlphanumeric, 32...32, then: "/"), .init(.uuid, 36...36)]),
        triggering: [
            "↓TEAMS_WEBHOOK_URL=https://shop.webhook.office.com/webhookb2/813cac2f-3ae7-48c3-5c16-0d0e04a883f3@94ea166f-fb50-3515-5e65-a356296d42df/IncomingWebhook/e30ac4bdadc2d6f0ee7bcbd330cf5af5/49e7cded-edfe-8c72-e0ca-2c6d309772d2",
            "# Microsoft Teams incoming webhook URL\nclient:\n↓  teams_webhook_url: \"https://shop.webhook.office.com/webhookb2/813cac2f-3ae7-48c3-5c16-0d0e04a883f3@94ea166f-fb50-3515-5e65-a356296d42df/IncomingWebhook/e30ac4bdadc2d6f0ee7bcbd330cf5af5/49e7cded-edfe-8c72-e0ca-2c6d309772d2\"",
        ],
        nonTriggering: [
            "TEAMS_WEBHOOK_URL=${TEAMS_WEBHOOK_URL}",
            "TEAMS_WEBHOOK_URL=https://shop.webhook.office.com/webhookb2/813cac2f-3ae7-48c3-5c16-0d0e04a883f3@94ea166f-fb50-3515-5e65-a356296d42df/IncomingWebhook/e30ac4bdadc2d6f0ee7bcbd330cf5af5/49e7cded-edfe-8c72-e0ca-2c",
        ])
}

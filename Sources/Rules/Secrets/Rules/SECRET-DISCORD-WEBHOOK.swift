extension SecretDetector {
    static let discordWebhook = SecretDetector(
        id: "SECRET-DISCORD-WEBHOOK", title: "Discord webhook URL",
        grants: "posting any message to its Discord channel",
        revoke: "Discord › the channel's Integrations › Webhooks, delete it",
        equivalents: [.trufflehog("DiscordWebhook")],
        finder: TokenFormat(prefixes: ["discord.com/api/webhooks/", "discordapp.com/api/webhooks/"], [.init(.digits, 17...20, then: "/"), .init(.base64URL, 60...68)]),
        triggering: [
            "↓DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/522168012099469858/nT28V9hQco2Crk_lb7F7kkIRXolGf-Q_QQOwuhfO6kBg24oEkGXfzfQZ9idoYMVwg2oI",
            "# Discord webhook URL\nclient:\n↓  discord_webhook_url: \"https://discord.com/api/webhooks/522168012099469858/nT28V9hQco2Crk_lb7F7kkIRXolGf-Q_QQOwuhfO6kBg24oEkGXfzfQZ9idoYMVwg2oI\"",
        ],
        nonTriggering: [
            "DISCORD_WEBHOOK_URL=${DISCORD_WEBHOOK_URL}",
            "DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/522168012099469858/nT28V9hQco2Crk_lb7F7kkIRXolGf-Q_QQOwuhfO6kBg24oEkGXfzfQZ9i",
        ])
}

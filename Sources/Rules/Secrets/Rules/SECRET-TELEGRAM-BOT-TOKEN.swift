extension SecretDetector {
    static let telegramBotToken = SecretDetector(
        id: "SECRET-TELEGRAM-BOT-TOKEN", title: "Telegram bot token",
        grants: "reading and sending the bot's messages, in every chat it is in",
        revoke: "@BotFather, `/revoke` the token",
        equivalents: [.gitleaks("telegram-bot-api-token"), .trufflehog("TelegramBotToken")],
        finder: TokenFormat(anchors: [.shape(#":AA[0-9A-Za-z_-]{33}"#, width: 36)], leading: .init(.digits, 8...10), [], boundary: .base64URL),
        triggering: [
            "↓TELEGRAM_BOT_TOKEN=7497632810:AAGho5i62zDANIjysvgZMocqIjOtRbxH5lY",
            "# Telegram bot token\nclient:\n↓  telegram_bot_token: \"7497632810:AAGho5i62zDANIjysvgZMocqIjOtRbxH5lY\"",
        ],
        nonTriggering: [
            "TELEGRAM_BOT_TOKEN=${TELEGRAM_BOT_TOKEN}",
            "TELEGRAM_BOT_TOKEN=7497632810:AAGho5i62zDANIjysvgZMocqI",
        ])
}

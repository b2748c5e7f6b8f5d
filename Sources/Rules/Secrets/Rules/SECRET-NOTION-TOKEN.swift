extension SecretDetector {
    static let notionToken = SecretDetector(
        id: "SECRET-NOTION-TOKEN", title: "Notion integration token",
        grants: "the pages and databases shared with the integration",
        revoke: "notion.so › My integrations, refresh the secret",
        equivalents: [.gitleaks("notion-api-token"), .trufflehog("Notion")],
        finder: TokenFormat(prefixes: ["ntn_"], [.init(.alphanumeric, 46...46)], minimumEntropy: 3.5),
        triggering: [
            "↓NOTION_TOKEN=ntn_oub6JXH4oQ6YwR7jgdz3YvrkfwjMsOAkI1FAeiA8wRgerh",
            "# Notion integration token\nclient:\n↓  notion_token: \"ntn_oub6JXH4oQ6YwR7jgdz3YvrkfwjMsOAkI1FAeiA8wRgerh\"",
        ],
        nonTriggering: [
            "NOTION_TOKEN=${NOTION_TOKEN}",
            "NOTION_TOKEN=ntn_oub6JXH4oQ6YwR7jgdz3YvrkfwjMsOAkI1FAeiA8wRger",
        ])
}

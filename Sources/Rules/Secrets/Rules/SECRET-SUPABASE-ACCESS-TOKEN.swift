extension SecretDetector {
    static let supabaseAccessToken = SecretDetector(
        id: "SECRET-SUPABASE-ACCESS-TOKEN", title: "Supabase access token",
        grants: "the organisation's Supabase projects through the management API",
        revoke: "supabase.com › Account › Access tokens, revoke it",
        equivalents: [.trufflehog("Supabase")],
        finder: TokenFormat(prefixes: ["sbp_"], [.init(.lowerHex, 40...40)]),
        triggering: [
            "↓SUPABASE_ACCESS_TOKEN=sbp_9392fa8f7b1b71499d0c4e75ab3251c1089adb5c",
            "# Supabase access token\nclient:\n↓  supabase_access_token: \"sbp_9392fa8f7b1b71499d0c4e75ab3251c1089adb5c\"",
        ],
        nonTriggering: [
            "SUPABASE_ACCESS_TOKEN=${SUPABASE_ACCESS_TOKEN}",
            "SUPABASE_ACCESS_TOKEN=sbp_9392fa8f7b1b71499d0c4e75ab3251c1089adb5",
        ])
}

extension SecretDetector {
    static let plaidAccessToken = SecretDetector(
        id: "SECRET-PLAID-ACCESS-TOKEN", title: "Plaid access token",
        grants: "a user's linked bank accounts and transactions",
        revoke: "call Plaid's `/item/remove` for the item, and rotate the client secret",
        equivalents: [.gitleaks("plaid-api-token"), .trufflehog("Plaid")],
        finder: TokenFormat(prefixes: ["access-production-", "access-development-"], [.init(.uuid, 36...36)]),
        triggering: [
            "↓PLAID_ACCESS_TOKEN=access-production-f30adafe-09b3-9287-1285-9a5eeb3a2e5f",
            "# Plaid access token\nclient:\n↓  plaid_access_token: \"access-production-f30adafe-09b3-9287-1285-9a5eeb3a2e5f\"",
        ],
        nonTriggering: [
            "PLAID_ACCESS_TOKEN=${PLAID_ACCESS_TOKEN}",
            "PLAID_ACCESS_TOKEN=access-production-f30adafe-09b3-9287-1285-9a",
        ])
}

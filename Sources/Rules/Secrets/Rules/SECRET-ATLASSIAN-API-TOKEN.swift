extension SecretDetector {
    static let atlassianAPIToken = SecretDetector(
        id: "SECRET-ATLASSIAN-API-TOKEN", title: "Atlassian API token",
        grants: "the user's Jira, Confluence and Bitbucket Cloud data",
        revoke: "id.atlassian.com › Security › API tokens, revoke it",
        equivalents: [.gitleaks("atlassian-api-token"), .trufflehog("Atlassian")],
        finder: TokenFormat(prefixes: ["ATATT3"], [.init(.base64URLPadded, 150...300)], minimumEntropy: 4.0),
        triggering: [
            "↓JIRA_API_TOKEN=ATATT3pEOvao9Jyta_oveEsDupi0TQeHIuh7-vLNzLi2MeTSxULkHqRA8ThH14BZcDutlbVnyeDC61J7z7n0gADRopzbxBkhhi4_g6N7bWXPYRQn8b3H7IXJlq7mT_L39WLtBG7GLQL1SEFcpgc0RQdBWPbw",
            "# Atlassian API token\nclient:\n↓  jira_api_token: \"ATATT3pEOvao9Jyta_oveEsDupi0TQeHIuh7-vLNzLi2MeTSxULkHqRA8ThH14BZcDutlbVnyeDC61J7z7n0gADRopzbxBkhhi4_g6N7bWXPYRQn8b3H7IXJlq7mT_L39WLtBG7GLQL1SEFcpgc0RQdBWPbw\"",
        ],
        nonTriggering: [
            "JIRA_API_TOKEN=${JIRA_API_TOKEN}",
            "JIRA_API_TOKEN=ATATT3pEOvao9Jyta_oveEsDupi0TQeHIuh7-vLNzLi2MeTSxULkHqRA8ThH14BZcDutlbVnyeDC61J7z7n0gADRopzbxBkhhi4_g6N7bWXPYRQn8b3H7IXJlq7mT_L39WLtBG7GLQL1SEFcpgc0RQdBWPb",
        ])
}

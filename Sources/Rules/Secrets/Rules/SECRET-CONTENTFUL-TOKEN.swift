extension SecretDetector {
    static let contentfulToken = SecretDetector(
        id: "SECRET-CONTENTFUL-TOKEN", title: "Contentful personal access token",
        grants: "the spaces' content management API",
        revoke: "Contentful › Settings › CMA tokens, revoke it",
        equivalents: [.gitleaks("contentful-delivery-api-token"), .trufflehog("Contentful")],
        finder: TokenFormat(prefixes: ["CFPAT-"], [.init(.base64URL, 43...43)]),
        triggering: [
            "↓CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-LMJjgmVryWMvaTy6x7jL9Ng4Em6hNk00mcZI7llkG50",
            "# Contentful personal access token\nclient:\n↓  contentful_management_token: \"CFPAT-LMJjgmVryWMvaTy6x7jL9Ng4Em6hNk00mcZI7llkG50\"",
        ],
        nonTriggering: [
            "CONTENTFUL_MANAGEMENT_TOKEN=${CONTENTFUL_MANAGEMENT_TOKEN}",
            "CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-LMJjgmVryWMvaTy6x7jL9Ng4Em6hNk00mcZI7llkG5",
        ])
}

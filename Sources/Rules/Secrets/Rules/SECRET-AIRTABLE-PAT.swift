extension SecretDetector {
    static let airtablePersonalAccessToken = SecretDetector(
        id: "SECRET-AIRTABLE-PAT", title: "Airtable personal access token",
        grants: "the bases it is scoped to, read and write",
        revoke: "airtable.com › Developer hub › Personal access tokens, delete it",
        equivalents: [.gitleaks("airtable-personnal-access-token"), .trufflehog("AirtablePersonalAccessToken")],
        finder: TokenFormat(prefixes: ["pat"], [.init(.alphanumeric, 14...14, then: "."), .init(.lowerHex, 64...64)]),
        triggering: [
            "↓AIRTABLE_TOKEN=patCZ1G4sY1QA3r8l.286c95b62e38329371410a2365af3d65a300597c65d071b04b8ce2cbde34fa02",
            "# Airtable personal access token\nclient:\n↓  airtable_token: \"patCZ1G4sY1QA3r8l.286c95b62e38329371410a2365af3d65a300597c65d071b04b8ce2cbde34fa02\"",
        ],
        nonTriggering: [
            "AIRTABLE_TOKEN=${AIRTABLE_TOKEN}",
            "AIRTABLE_TOKEN=patCZ1G4sY1QA3r8l.286c95b62e38329371410a2365af3d65a300597c65d071b04b8ce2cbde34fa0",
        ])
}

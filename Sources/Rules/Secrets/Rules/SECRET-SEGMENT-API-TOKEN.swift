extension SecretDetector {
    static let segmentAPIToken = SecretDetector(
        id: "SECRET-SEGMENT-API-TOKEN", title: "Segment public API token",
        grants: "the workspace's sources, destinations and tracking plans",
        revoke: "Segment › Settings › Access management › Tokens, delete it",
        equivalents: [.trufflehog("SegmentApiKey")],
        finder: TokenFormat(prefixes: ["sgp_"], [.init(.alphanumeric, 64...64)], minimumEntropy: 3.5),
        triggering: [
            "↓SEGMENT_TOKEN=sgp_uOIiKyH7p02Ix8d9nMY5mM72FTJ3DOwgrBzcXCvfGWELELLkKrHsDLBbAcgdIPlB",
            "# Segment public API token\nclient:\n↓  segment_token: \"sgp_uOIiKyH7p02Ix8d9nMY5mM72FTJ3DOwgrBzcXCvfGWELELLkKrHsDLBbAcgdIPlB\"",
        ],
        nonTriggering: [
            "SEGMENT_TOKEN=${SEGMENT_TOKEN}",
            "SEGMENT_TOKEN=sgp_uOIiKyH7p02Ix8d9nMY5mM72FTJ3DOwgrBzcXCvfGWELELLkKrHsDLBbAcgdIPl",
        ])
}

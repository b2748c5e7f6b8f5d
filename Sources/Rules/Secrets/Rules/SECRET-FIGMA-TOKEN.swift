extension SecretDetector {
    static let figmaToken = SecretDetector(
        id: "SECRET-FIGMA-TOKEN", title: "Figma personal access token",
        grants: "the user's Figma files and comments",
        revoke: "Figma › Settings › Personal access tokens, revoke it",
        equivalents: [.trufflehog("FigmaPersonalAccessToken")],
        finder: TokenFormat(prefixes: ["figd_"], [.init(.base64URL, 40...40)], minimumEntropy: 3.5),
        triggering: [
            "↓FIGMA_TOKEN=figd_6RG75EZ_vuZkyqfalD3JfO_0mskaObzXaSUEXRCj",
            "# Figma personal access token\nclient:\n↓  figma_token: \"figd_6RG75EZ_vuZkyqfalD3JfO_0mskaObzXaSUEXRCj\"",
        ],
        nonTriggering: [
            "FIGMA_TOKEN=${FIGMA_TOKEN}",
            "FIGMA_TOKEN=figd_6RG75EZ_vuZkyqfalD3JfO_0mskaObzXaSUEXRC",
        ])
}

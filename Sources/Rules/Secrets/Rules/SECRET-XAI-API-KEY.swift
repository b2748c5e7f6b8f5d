extension SecretDetector {
    static let xAIAPIKey = SecretDetector(
        id: "SECRET-XAI-API-KEY", title: "xAI API key",
        grants: "using xAI models billed to the team",
        revoke: "console.x.ai › API Keys, delete it",
        equivalents: [.trufflehog("XAI")],
        finder: TokenFormat(prefixes: ["xai-"], [.init(.alphanumeric, 80...80)], minimumEntropy: 3.5),
        triggering: [
            "↓XAI_API_KEY=xai-nub01CZ6hZLS75O1XRsxLgcVLy4RxjzoimuBWly36DjHxD29CEG4aw4fPlrvVyAMN5keW4mzQJlAeziX",
            "# xAI API key\nclient:\n↓  xai_api_key: \"xai-nub01CZ6hZLS75O1XRsxLgcVLy4RxjzoimuBWly36DjHxD29CEG4aw4fPlrvVyAMN5keW4mzQJlAeziX\"",
        ],
        nonTriggering: [
            "XAI_API_KEY=${XAI_API_KEY}",
            "XAI_API_KEY=xai-nub01CZ6hZLS75O1XRsxLgcVLy4RxjzoimuBWly36DjHxD29CEG4aw4fPlrvVyAMN5keW4mzQJlAezi",
        ])
}

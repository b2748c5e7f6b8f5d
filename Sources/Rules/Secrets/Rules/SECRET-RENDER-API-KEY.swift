extension SecretDetector {
    static let renderAPIKey = SecretDetector(
        id: "SECRET-RENDER-API-KEY", title: "Render API key",
        grants: "the workspace's services, deploys and environment groups",
        revoke: "the Render dashboard › Account settings › API keys, delete it",
        equivalents: [.trufflehog("Render")],
        finder: TokenFormat(prefixes: ["rnd_"], [.init(.alphanumeric, 32...32)], minimumEntropy: 3.5),
        triggering: [
            "↓RENDER_API_KEY=rnd_Cmhfx2xXA4zTKNhlgnNT4a7B2r1vY6wd",
            "# Render API key\nclient:\n↓  render_api_key: \"rnd_Cmhfx2xXA4zTKNhlgnNT4a7B2r1vY6wd\"",
        ],
        nonTriggering: [
            "RENDER_API_KEY=${RENDER_API_KEY}",
            "RENDER_API_KEY=rnd_Cmhfx2xXA4zTKNhlgnNT4a7B2r1vY6w",
        ])
}

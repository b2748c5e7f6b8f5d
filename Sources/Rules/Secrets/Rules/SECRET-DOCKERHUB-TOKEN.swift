extension SecretDetector {
    static let dockerHubToken = SecretDetector(
        id: "SECRET-DOCKERHUB-TOKEN", title: "Docker Hub access token",
        grants: "pushing and pulling the account's (or organisation's) images",
        revoke: "Docker Hub › Account settings › Personal access tokens, delete it",
        equivalents: [.trufflehog("DockerHub")],
        finder: TokenFormat(prefixes: ["dckr_pat_", "dckr_oat_"], [.init(.base64URL, 27...32)], minimumEntropy: 3.5),
        triggering: [
            "↓DOCKERHUB_TOKEN=dckr_pat_SLM2cOAQo1zLkec1phaWNatVOil",
            "# Docker Hub access token\nclient:\n↓  dockerhub_token: \"dckr_pat_SLM2cOAQo1zLkec1phaWNatVOil\"",
        ],
        nonTriggering: [
            "DOCKERHUB_TOKEN=${DOCKERHUB_TOKEN}",
            "DOCKERHUB_TOKEN=dckr_pat_SLM2cOAQo1zLkec1phaWNatVOi",
        ])
}

extension SecretDetector {
    static let jfrogAPIKey = SecretDetector(
        id: "SECRET-JFROG-API-KEY", title: "JFrog Artifactory API key",
        grants: "the repositories the user may read and deploy to (a supply-chain foothold)",
        revoke: "the JFrog Platform › Edit profile › API key, revoke it",
        equivalents: [.gitleaks("jfrog-api-key"), .trufflehog("ArtifactoryAccessToken")],
        finder: TokenFormat(prefixes: ["AKCp"], [.init(.alphanumeric, 69...69)], minimumEntropy: 3.5),
        triggering: [
            "↓ARTIFACTORY_API_KEY=AKCphtCJlM7wt2gjebDCFRjKsob5VD5ftomgdSV7AFLUXDTA3fSM7iExG2CDvKKPy3j98wrOt",
            "# JFrog Artifactory API key\nclient:\n↓  artifactory_api_key: \"AKCphtCJlM7wt2gjebDCFRjKsob5VD5ftomgdSV7AFLUXDTA3fSM7iExG2CDvKKPy3j98wrOt\"",
        ],
        nonTriggering: [
            "ARTIFACTORY_API_KEY=${ARTIFACTORY_API_KEY}",
            "ARTIFACTORY_API_KEY=AKCphtCJlM7wt2gjebDCFRjKsob5VD5ftomgdSV7AFLUXDTA3fSM7iExG2CDvKKPy3j98wrO",
        ])
}

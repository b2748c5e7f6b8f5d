extension SecretDetector {
    static let sonarQubeToken = SecretDetector(
        id: "SECRET-SONARQUBE-TOKEN", title: "SonarQube / SonarCloud token",
        grants: "the projects' analyses and source code, with the user's rights",
        revoke: "SonarQube › My account › Security, revoke it",
        equivalents: [.gitleaks("sonar-api-token"), .trufflehog("Sonarcloud")],
        finder: TokenFormat(prefixes: ["sqp_", "sqa_", "squ_"], [.init(.lowerHex, 40...40)]),
        triggering: [
            "↓SONAR_TOKEN=sqp_571b03bb1ab4725b2b4297a352418975f8e1e5d1",
            "# SonarQube / SonarCloud token\nclient:\n↓  sonar_token: \"sqp_571b03bb1ab4725b2b4297a352418975f8e1e5d1\"",
        ],
        nonTriggering: [
            "SONAR_TOKEN=${SONAR_TOKEN}",
            "SONAR_TOKEN=sqp_571b03bb1ab4725b2b4297a352418975f8e1e5d",
        ])
}

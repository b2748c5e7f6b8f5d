extension SecretDetector {
    static let databricksToken = SecretDetector(
        id: "SECRET-DATABRICKS-TOKEN", title: "Databricks personal access token",
        grants: "the workspace's notebooks, jobs, clusters and data",
        revoke: "the Databricks workspace › User settings › Access tokens, revoke it",
        equivalents: [.gitleaks("databricks-api-token"), .trufflehog("DatabricksToken")],
        finder: TokenFormat(prefixes: ["dapi"], [.init(.lowerHexToH, 32...32)], minimumEntropy: 3.0),
        triggering: [
            "↓DATABRICKS_TOKEN=dapiaa34052b5fgd3e373h8e989e25a4d49e",
            "# Databricks personal access token\nclient:\n↓  databricks_token: \"dapiaa34052b5fgd3e373h8e989e25a4d49e\"",
        ],
        nonTriggering: [
            "DATABRICKS_TOKEN=${DATABRICKS_TOKEN}",
            "DATABRICKS_TOKEN=dapiaa34052b5fgd3e373h8e989e25a4d49",
        ])
}

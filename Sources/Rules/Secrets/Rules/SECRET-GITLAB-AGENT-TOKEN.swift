extension SecretDetector {
    static let gitlabAgentToken = SecretDetector(
        id: "SECRET-GITLAB-AGENT-TOKEN", title: "GitLab agent for Kubernetes token",
        grants: "connecting an agent that receives the project's cluster deployments",
        revoke: "GitLab › the token's settings page (user, project, group or runner), revoke it",
        equivalents: [.gitleaks("gitlab-kubernetes-agent-token"), .trufflehog("Gitlab")],
        finder: TokenFormat(prefixes: ["glagent-"], [.init(.base64URL, 50...64)]),
        triggering: [
            "↓AGENT_TOKEN=glagent-245fb56meixKYrPRfRpt7bNUobc4sgC9PAWDb72DRq8zwu5t9e",
            "# GitLab agent for Kubernetes token\nclient:\n↓  agent_token: \"glagent-245fb56meixKYrPRfRpt7bNUobc4sgC9PAWDb72DRq8zwu5t9e\"",
        ],
        nonTriggering: [
            "AGENT_TOKEN=${AGENT_TOKEN}",
            "AGENT_TOKEN=glagent-245fb56meixKYrPRfRpt7bNUobc4sgC9PAWDb72DRq8zwu5t9",
        ])
}

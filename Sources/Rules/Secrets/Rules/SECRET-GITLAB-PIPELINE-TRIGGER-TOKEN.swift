extension SecretDetector {
    static let gitlabPipelineTriggerToken = SecretDetector(
        id: "SECRET-GITLAB-PIPELINE-TRIGGER-TOKEN", title: "GitLab pipeline trigger token",
        grants: "running the project's pipelines, with the trigger owner's rights",
        revoke: "GitLab › the token's settings page (user, project, group or runner), revoke it",
        equivalents: [.gitleaks("gitlab-ptt"), .trufflehog("Gitlab")],
        finder: TokenFormat(prefixes: ["glptt-"], [.init(.lowerHex, 40...40)]),
        triggering: [
            "↓TRIGGER_TOKEN=glptt-5bc7453ec7603787e97c9a79eb3977583d142b53",
            "# GitLab pipeline trigger token\nclient:\n↓  trigger_token: \"glptt-5bc7453ec7603787e97c9a79eb3977583d142b53\"",
        ],
        nonTriggering: [
            "TRIGGER_TOKEN=${TRIGGER_TOKEN}",
            "TRIGGER_TOKEN=glptt-5bc7453ec7603787e97c9a79eb3977583d142b5",
        ])
}

extension SecretDetector {
    static let terraformCloudToken = SecretDetector(
        id: "SECRET-TERRAFORM-CLOUD-TOKEN", title: "Terraform Cloud / Enterprise API token",
        grants: "the organisation's workspaces, state (with its secrets) and runs",
        revoke: "app.terraform.io › User settings › Tokens, delete it",
        equivalents: [.gitleaks("hashicorp-tf-api-token"), .trufflehog("TerraformCloudPersonalToken")],
        finder: TokenFormat(anchors: [.shape(#"\.atlasv1\."#, width: 9)], leading: .init(.alphanumeric, 14...14), [.init(.base64URLPadded, 60...70)]),
        triggering: [
            "↓TFE_TOKEN=uulj9KjLgdfvA6.atlasv1.geOnLr64cwOv_n3HQ85vwrb3-95NNMaeyvYctoMcRVnhU8Hmwbv6vL9AS2S1EVWtooV",
            "# Terraform Cloud / Enterprise API token\nclient:\n↓  tfe_token: \"uulj9KjLgdfvA6.atlasv1.geOnLr64cwOv_n3HQ85vwrb3-95NNMaeyvYctoMcRVnhU8Hmwbv6vL9AS2S1EVWtooV\"",
        ],
        nonTriggering: [
            "TFE_TOKEN=${TFE_TOKEN}",
            "TFE_TOKEN=uulj9KjLgdfvA6.atlasv1.geOnLr64cwOv_n3HQ85vwrb3-95NNMaeyvYctoMcRVnhU8Hmwbv6vL9AS",
        ])
}

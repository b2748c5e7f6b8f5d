extension SecretDetector {
    static let azureADClientSecret = SecretDetector(
        id: "SECRET-AZURE-AD-CLIENT-SECRET", title: "Microsoft Entra ID (Azure AD) client secret",
        grants: "signing in as the application registration, with its API permissions",
        revoke: "the Azure portal › App registrations › Certificates & secrets, delete the secret",
        equivalents: [.gitleaks("azure-ad-client-secret"), .trufflehog("AzureAppSecret")],
        finder: TokenFormat(anchors: [.shape(#"[0-9]Q~"#, width: 3)], leading: .init(.azureSecretLead, 3...3), [.init(.azureSecret, 31...34)], minimumEntropy: 3.5, boundary: .azureSecret),
        triggering: [
            "↓AZURE_CLIENT_SECRET=Qzr8Q~RfPU3iRX7HMU6XZlMV3_Z6WxjszkN.j~~V",
            "# Microsoft Entra ID (Azure AD) client secret\nclient:\n↓  azure_client_secret: \"Qzr8Q~RfPU3iRX7HMU6XZlMV3_Z6WxjszkN.j~~V\"",
        ],
        nonTriggering: [
            "AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}",
            "AZURE_CLIENT_SECRET=Qzr8Q~RfPU3iRX7HMU6XZlMV3_Z6Wx",
        ])
}

extension SecretDetector {
    static let awsAccessKeyID = SecretDetector(
        id: "SECRET-AWS-ACCESS-KEY-ID", title: "AWS access key ID", severity: .medium,
        grants: "half of an AWS credential pair; with its secret key, the rights of the IAM user or role",
        revoke: "IAM › Users › Security credentials, deactivate and delete the key",
        equivalents: [.gitleaks("aws-access-token"), .trufflehog("AWS")],
        finder: TokenFormat(prefixes: ["AKIA", "ASIA", "ABIA", "ACCA"], [.init(.base32, 16...16)]),
        triggering: [
            "↓AWS_ACCESS_KEY_ID=AKIAJTBOQBJB55SOTXQ2",
            "# AWS access key ID\nclient:\n↓  aws_access_key_id: \"AKIAJTBOQBJB55SOTXQ2\"",
        ],
        nonTriggering: [
            "AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}",
            "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
        ])
}

extension SecretDetector {
    static let bitbucketAppPassword = SecretDetector(
        id: "SECRET-BITBUCKET-APP-PASSWORD", title: "Bitbucket app password",
        grants: "the Bitbucket account's repositories, within the password's permissions",
        revoke: "Bitbucket › Personal settings › App passwords, revoke it",
        equivalents: [.trufflehog("Bitbucket")],
        finder: TokenFormat(prefixes: ["ATBB"], [.init(.alphanumeric, 28...40)], minimumEntropy: 3.5),
        triggering: [
            "↓BITBUCKET_APP_PASSWORD=ATBBXj77ngPmEj3t1579QY7tJJOvcCrk",
            "# Bitbucket app password\nclient:\n↓  bitbucket_app_password: \"ATBBXj77ngPmEj3t1579QY7tJJOvcCrk\"",
        ],
        nonTriggering: [
            "BITBUCKET_APP_PASSWORD=${BITBUCKET_APP_PASSWORD}",
            "BITBUCKET_APP_PASSWORD=ATBBXj77ngPmEj3t1579QY7tJJOvcCr",
        ])
}

extension SecretDetector {
    static let onePasswordServiceAccountToken = SecretDetector(
        id: "SECRET-ONEPASSWORD-SERVICE-ACCOUNT-TOKEN", title: "1Password service account token",
        grants: "every vault item the service account can read",
        revoke: "1Password › Developer › Service accounts, revoke it",
        equivalents: [.gitleaks("1password-service-account-token"), .trufflehog("OnePassword")],
        finder: TokenFormat(prefixes: ["ops_eyJ"], [.init(.base64Padded, 250...5000)], minimumEntropy: 4.0),
        triggering: [
            "↓OP_SERVICE_ACCOUNT_TOKEN=ops_eyJxkrIJoCMTISDyKxjoRayAFxBxbJTJAzEd3SmfD8LinczMxGQPHIgqTN5tsoaZ+Dr3xL9UgUwNXq4qaJ2ajeJhRjSeai2BE80geiEsoPGb1RWiz96OByNZoss9jPzhqEdpF/xzJ5f2CMXz0vT48+Mh+crWDg3YotXIUBKnMHQbqUYqUN4WdTOa9UdFDpZfH6syewH+FubNzLImNmn1c3w6enzNB7MPy+voR6mJStfzAfSfxAJcsaiSNwvKx",
            "# 1Password service account token\nclient:\n↓  op_service_account_token: \"ops_eyJxkrIJoCMTISDyKxjoRayAFxBxbJTJAzEd3SmfD8LinczMxGQPHIgqTN5tsoaZ+Dr3xL9UgUwNXq4qaJ2ajeJhRjSeai2BE80geiEsoPGb1RWiz96OByNZoss9jPzhqEdpF/xzJ5f2CMXz0vT48+Mh+crWDg3YotXIUBKnMHQbqUYqUN4WdTOa9UdFDpZfH6syewH+FubNzLImNmn1c3w6enzNB7MPy+voR6mJStfzAfSfxAJcsaiSNwvKx\"",
        ],
        nonTriggering: [
            "OP_SERVICE_ACCOUNT_TOKEN=${OP_SERVICE_ACCOUNT_TOKEN}",
            "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJxkrIJoCMTISDyKxjoRayAFxBxbJTJAzEd3SmfD8LinczMxGQPHIgqTN5tsoaZ+Dr3xL9UgUwNXq4qaJ2ajeJhRjSeai2BE80geiEsoPGb1RWiz96OByNZoss9jPzhqEdpF/xzJ5f2CMXz0vT48+Mh+crWDg3YotXIUBKnMHQbqUYqUN4WdTOa9UdFDpZfH6syewH+FubNzLImNmn1c3w6enzNB7MPy+voR6mJStfzAfSfxAJcsaiSNwvK",
        ])
}

extension SecretDetector {
    static let urlCredentials = SecretDetector(
        id: "SECRET-URL-CREDENTIALS", title: "URL with a user name and password",
        grants: "the service behind the URL, as that user",
        revoke: "change the password of that account, then pass the URL in from the secret store",
        equivalents: [.trufflehog("URI")],
        finder: URLCredentials(schemes: ["https", "http", "ftp", "sftp", "smtp", "smtps", "ldap", "ldaps", "git", "ssh"]),
        triggering: [
            "↓REMOTE_URL=https://app:FKhtAUOQUag5Sa@git.shop.example/shop",
        ],
        nonTriggering: [
            "REMOTE_URL=https://app:${DB_PASSWORD}@git.shop.example/shop",
            "REMOTE_URL=https://app@git.shop.example/shop",
            "REMOTE_URL=https://app:<password>@git.shop.example/shop",
        ])
}

extension SecretDetector {
    static let htpasswdHash = SecretDetector(
        id: "SECRET-HTPASSWD-HASH", title: "htpasswd password hash",
        grants: "logging in as the user once the hash is cracked offline (Apache MD5 and SHA-1 fall to a GPU in hours)",
        revoke: "change the user's password and keep the htpasswd file in a secret store",
        equivalents: [.gitleaks("htpasswd")],
        finder: HtpasswdHash(),
        triggering: [
            "↓admin:$apr1$UxzxNlwI$a.lzHLCdJyHlEU8sXMuihI",
            "↓deploy:$2y$10$BUJZAdMlxX03TsS496vKRfcukpZGu3yu8EgubDAWsaya71HNXRxUT",
        ],
        nonTriggering: [
            "# admin:$apr1$ lines come from the vault at deploy time",
            "admin:$apr1$<salt>$<hash>",
        ])
}

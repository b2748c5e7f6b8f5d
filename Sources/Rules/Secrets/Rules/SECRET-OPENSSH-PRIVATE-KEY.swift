extension SecretDetector {
    static let openSSHPrivateKey = SecretDetector(
        id: "SECRET-OPENSSH-PRIVATE-KEY", title: "OpenSSH private key",
        grants: "logging in wherever its public key is authorised (servers, deploy keys, Git hosting)",
        revoke: "remove its public key from every `authorized_keys` and deploy-key list, and generate a new key",
        equivalents: [.gitleaks("private-key"), .trufflehog("PrivateKey")],
        finder: PrivateKeyBlock(headers: ["OPENSSH PRIVATE KEY"]),
        triggering: [
            "↓-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\najDEONri6/WOazC6xckTN6YkJ5l+pbHewswWmlva/yCI3pznc1n7gkzv65iTVugS\nJbPRqxfaxLDajj4fDzuSc2vkq/UOsZCn5OHJIXu0d8QQo0pJCIPD1hwUCN/AFVdR\nt0KjjgNpqWp5cnItfsZBsZp+NNVOcJPS9bZrH5kR/x34zEGUZuqlLaBErs8NQKcQ\n2OSKcZgnMhMfXRhlDtkXFqpFtA2HFrrBF9yX+vrKkNVgKOF5kg+iOfRbibCC8ZOl\n-----END OPENSSH PRIVATE KEY-----",
        ],
        nonTriggering: [
            "-----BEGIN OPENSSH PRIVATE KEY-----\n<paste the deploy key here>\n-----END OPENSSH PRIVATE KEY-----",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIpGDOXn4eM4lKSiLCEVYJtPyYW3oFQ0zkhr93fx180fh deploy@ci",
        ])
}

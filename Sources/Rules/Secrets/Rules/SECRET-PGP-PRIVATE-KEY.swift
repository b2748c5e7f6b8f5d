extension SecretDetector {
    static let pgpPrivateKey = SecretDetector(
        id: "SECRET-PGP-PRIVATE-KEY", title: "PGP private key",
        grants: "signing releases and commits as its owner, and decrypting what was encrypted to them",
        revoke: "revoke the key on the key servers with its revocation certificate and publish a new one",
        equivalents: [.gitleaks("private-key"), .trufflehog("PrivateKey")],
        finder: PrivateKeyBlock(headers: ["PGP PRIVATE KEY BLOCK"]),
        triggering: [
            "↓-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBFOcE2BoGLILtFBBEafMAXUuJrPeBogLQZPvMpfq+4FljreoKjMfagAbl2tO\nRnjMDTc8SO7Dca9hsuFtenLhU36UFou7gsdgtdWzPkFqAEB6WuPTiL6WpYD48jnu\n5gRGCcs0Op4cZQVouh7GpDlE/gCDY6oRYeis3SMJevlhVbMNH9bncz1YlpcpX9BG\na6JV4KAyzYL0JUlhyps8e7OxXmGy5p2PngYLKEO31Ti2KOmDfYJt/HKigjqotoQT\nZUFtN5QIsYmGxhzM9RHrkURwUpTF7i44cu/VNklGI1J/IEvU1JY8YapjtSTVXM+7\n-----END PGP PRIVATE KEY BLOCK-----",
        ],
        nonTriggering: [
            "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBFG69t3ro8AmetUeKS1jy1aK2B842OLy3tgTeoY541viMffrkPh8d1uMnqaI\n-----END PGP PUBLIC KEY BLOCK-----",
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\n...\n-----END PGP PRIVATE KEY BLOCK-----",
        ])
}

extension SecretDetector {
    static let puttyPrivateKey = SecretDetector(
        id: "SECRET-PUTTY-PRIVATE-KEY", title: "PuTTY private key",
        grants: "logging in wherever its public key is authorised",
        revoke: "remove its public key from every `authorized_keys`, and generate a new key",
        equivalents: [.gitleaks("private-key"), .trufflehog("PrivateKey")],
        finder: TokenFormat(prefixes: ["PuTTY-User-Key-File-"], [.init(.digits, 1...1, then: ":")], cues: [.literal("Private-Lines:")], cueDistance: 8_192),
        triggering: [
            "↓PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\nZ5A+O+39n7+v6njNjPxGrMyS02wrmQd8t5zYG2sc9l7E5ITs4tc161Zay3abmEQ5\nNkoGncCPX1KnvXnPzAtn\nPrivate-Lines: 1\nXJjuQvCrfSO0jHsV2B7CDh+hrKMgGwOAWo3juG9Rbjri\nPrivate-MAC: 943afc12a3d55878a03738507fad98b687dd52fec1381bca63d143f3680717d4",
        ],
        nonTriggering: [
            "# PuTTY-User-Key-File-3 files are kept out of the repository (see the wiki)",
            "PuTTY-User-Key-File-3: ssh-ed25519\nComment: only the public half\nPublic-Lines: 2\nT9yzqnJZu24leASXi59DMzJvX1y09rMkm/aAN3uG2ajHm8zc3IPAlYSw1+oWbdM6",
        ])
}

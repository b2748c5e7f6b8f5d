extension SecretDetector {
    static let pemPrivateKey = SecretDetector(
        id: "SECRET-PRIVATE-KEY", title: "Private key (PEM)",
        grants: "whatever trusts its public half: TLS server identity, SSH or code-signing, service-account sign-in",
        revoke: "revoke the certificate or remove the public key where it is trusted, and issue a new key pair",
        equivalents: [.gitleaks("private-key"), .trufflehog("PrivateKey")],
        finder: PrivateKeyBlock(headers: ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]),
        triggering: [
            "tls:\n  key: |\n↓    -----BEGIN RSA PRIVATE KEY-----\n    MIIEowIBAAKCAQEAaUSuHLeNh1z5ID71Gs6bXOU03jNWLO4cfeQFBMFd0Ftq9NXn\n    SoW8Aaci5aRfkhzgSadMFwYfFj89ehn56kNdfVw0ZJNVHTiFbEAlGC3gnEKqLNYZ\n    8TyZ8Uh09Z4N0tP2y0txE8gjPz9GQZI+RS4H4D7ANA6KSCb0suxgf9wMELtB+eAe\n    +Ow+wnPYZWmLE8TFiAPcn4YcrDPKkbUqEJZKe8B7+bOBlYrMchje1VCPO3Tssynn\n    O2As15BWxojp0IxwwmxrO8ZUDE/sIQJgyuPvLBdnBfDpn4M0gl8v/afrNuOlcVVA\n    dk52Z0bOsu7SxGHi9ezqUrblTT6DazK3lPFHZ0RovuWQ6chEmY2tLvKY8UEuQmmZ\n    gTb44zqxWpwEQjEeUPbJeTQ3dmr8aFFUfPDnS+3D/V+5MSVIrUGwrc5I+jRHZBdd\n    -----END RSA PRIVATE KEY-----",
            "↓{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nLjtOF5ITy/lRTVidlA5L4OKE1j5fXxTaQvwgSzJj7YyV7jenQksxK/s/TNTzEoNz\\nGGqnzUl2plVz2bKAS1fZrJ9xY9HSZklRNlW2yenF36dIkD33XcMAm7q7r5JoeWSq\\n-----END PRIVATE KEY-----\\n\"}",
        ],
        nonTriggering: [
            "tls:\n  key: |\n    -----BEGIN RSA PRIVATE KEY-----\n    ...\n    -----END RSA PRIVATE KEY-----",
            "tls:\n  key: ${TLS_KEY}\n  cert: |\n    -----BEGIN CERTIFICATE-----\n    NI2fndmXA1nZs5+06zwpx2o3EqXTaYyuWAax6fWrKUgdZ/rq45MruQz1QxzqK2VU\n    -----END CERTIFICATE-----",
        ])
}

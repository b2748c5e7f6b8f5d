extension SecretDetector {
    static let pkcs12KeyStore = SecretDetector(
        id: "SECRET-PKCS12-KEY-STORE", title: "PKCS#12 key store",
        grants: "the private keys it holds (TLS, code signing, client certificates); its password is often empty or guessable",
        revoke: "revoke the certificates whose keys it holds and issue new ones",
        equivalents: [.trufflehog("PrivateKey")],
        finder: TokenFormat(anchors: [.shape("MII[A-Za-z0-9+/]{3}IBAzCC", width: 12)], [.init(.base64Padded, 200...4_000_000)]),
        triggering: [
            "↓KEYSTORE_P12=MIIKPAIBAzCCCgKoPuRNcWajqeB5UyXHg3ZKPCi5A0lIq4kx5BUHClXpznL577ic9xSdIm7LWdSVF4OjfyJgmq+N1Li3v0vExnjoXBlvitLnIkxtO1A8ya4wnKsJAy2zYGMzcq0rC4FLSLogPC6CL28QB22fZtbJeCBWPXAn8JgeqQok3XvnzFNw+DbIXJdsrQAsBdtc3n5KCmiS+JsPCuQkQKVFft0gJWw7E7IgP7pHN4A3r9iUWU4NtA5Sz5DP3g57XzK9ZFa6kzeQg2ew0dNIpnuZIeVbQ/YyqrF7XtJGNYLFNYJ6JvTdkxZLo3ea4zHiEq7FO9irIa/8qQY2j0Qivrye9H+iIMoiO1ap6cBHDClctKDIGZZB82mlkCNM6g2w6oVXbslLaZA+2pULtZn4+YCEP04=",
        ],
        nonTriggering: [
            "KEYSTORE_P12=${KEYSTORE_P12}",
            "KEYSTORE_P12=MIIKPAIBAzCCCgKoPuRNcWajqeB5UyXHg3ZKPCi5A0lIq4kx5BUHClXpznL577ic9xSdIm7LWdSVF4OjfyJgmq+N1Li3v0vExnjoXBlvitLnIkxtO1A8ya4wnKsJAy2zYGMzcq0rC4FLSLogPC6CL2",
        ])
}

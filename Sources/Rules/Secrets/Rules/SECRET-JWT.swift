extension SecretDetector {
    static let signedJWT = SecretDetector(
        id: "SECRET-JWT", title: "Signed JSON Web Token",
        grants: "acting as its subject on every service that trusts its issuer, until it expires (service tokens often never do)",
        revoke: "revoke it at its issuer (or rotate the signing key), and have the service fetch tokens at run time",
        equivalents: [.gitleaks("jwt"), .trufflehog("JWT")],
        finder: SignedJWT(),
        triggering: [
            "↓API_BEARER_TOKEN=eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAic3ZjLWRlcGxveSIsICJpc3MiOiAiYXV0aC5zaG9wLmludGVybmFsIiwgImlhdCI6IDE3MzMzMDAwMDB9.4_9MRacBYb7adcSkIGpk7owqufpT4jgKHm4g9HPzXH5",
        ],
        nonTriggering: [
            "API_BEARER_TOKEN=${API_BEARER_TOKEN}",
            "API_BEARER_TOKEN=eyJhbGciOiAibm9uZSIsICJ0eXAiOiAiSldUIn0.eyJzdWIiOiAic3ZjLWRlcGxveSIsICJpc3MiOiAiYXV0aC5zaG9wLmludGVybmFsIiwgImlhdCI6IDE3MzMzMDAwMDB9.",
        ])
}

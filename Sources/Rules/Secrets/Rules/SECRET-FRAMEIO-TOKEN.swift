extension SecretDetector {
    static let frameIOToken = SecretDetector(
        id: "SECRET-FRAMEIO-TOKEN", title: "Frame.io developer token",
        grants: "the account's projects and media",
        revoke: "developer.frame.io › Tokens, delete it",
        equivalents: [.gitleaks("frameio-api-token")],
        finder: TokenFormat(prefixes: ["fio-u-"], [.init(.base64URLPadded, 64...64)]),
        triggering: [
            "↓FRAMEIO_TOKEN=fio-u-za2CBk3iDukDQ0cHtciMs-x8Spj8FaJfKADQULOS1Amy9hhhhYmkPiQVqZ8Ter6k",
            "# Frame.io developer token\nclient:\n↓  frameio_token: \"fio-u-za2CBk3iDukDQ0cHtciMs-x8Spj8FaJfKADQULOS1Amy9hhhhYmkPiQVqZ8Ter6k\"",
        ],
        nonTriggering: [
            "FRAMEIO_TOKEN=${FRAMEIO_TOKEN}",
            "FRAMEIO_TOKEN=fio-u-za2CBk3iDukDQ0cHtciMs-x8Spj8FaJfKADQULOS1Amy9hhhhYmkPiQVqZ8Ter6",
        ])
}

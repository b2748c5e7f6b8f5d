extension SecretDetector {
    static let postgresURL = SecretDetector(
        id: "SECRET-POSTGRES-URL", title: "PostgreSQL connection URL with a password",
        grants: "the database as that role: its data, and often its other databases",
        revoke: "change the password of that account, then pass the URL in from the secret store",
        equivalents: [.trufflehog("Postgres")],
        finder: URLCredentials(schemes: ["postgres", "postgresql"]),
        triggering: [
            "↓DATABASE_URL=postgres://app:l9O6A4yTAhJwM5@db.shop.internal:5432/shop",
            "↓DATABASE_URL=postgres://app:l9O6A4yTAhJwM5@db.shop.internal:5432/shop?sslmode=disable",
        ],
        nonTriggering: [
            "DATABASE_URL=postgres://app:${DB_PASSWORD}@db.shop.internal:5432/shop",
            "DATABASE_URL=postgres://app@db.shop.internal:5432/shop",
            "DATABASE_URL=postgres://app:<password>@db.shop.internal:5432/shop",
            "DATABASE_URL=postgres://postgres:postgres@localhost:5432/test",
        ])
}

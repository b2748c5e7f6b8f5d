extension SecretDetector {
    static let redisURL = SecretDetector(
        id: "SECRET-REDIS-URL", title: "Redis connection URL with a password",
        grants: "every key of the Redis server (sessions, queues, cached data)",
        revoke: "change the password of that account, then pass the URL in from the secret store",
        equivalents: [.trufflehog("Redis")],
        finder: URLCredentials(schemes: ["redis", "rediss"]),
        triggering: [
            "↓REDIS_URL=redis://app:ftV3zgyuL0DLBW@cache.shop.internal:6379/shop",
        ],
        nonTriggering: [
            "REDIS_URL=redis://app:${DB_PASSWORD}@cache.shop.internal:6379/shop",
            "REDIS_URL=redis://app@cache.shop.internal:6379/shop",
            "REDIS_URL=redis://app:<password>@cache.shop.internal:6379/shop",
        ])
}

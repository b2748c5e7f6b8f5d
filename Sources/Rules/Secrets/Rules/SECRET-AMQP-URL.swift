extension SecretDetector {
    static let amqpURL = SecretDetector(
        id: "SECRET-AMQP-URL", title: "AMQP (RabbitMQ) connection URL with a password",
        grants: "publishing to and consuming from the broker's queues",
        revoke: "change the password of that account, then pass the URL in from the secret store",
        equivalents: [.trufflehog("RabbitMQ")],
        finder: URLCredentials(schemes: ["amqp", "amqps"]),
        triggering: [
            "↓BROKER_URL=amqp://app:2TIhO9By5U7BXD@mq.shop.internal:5672/shop",
        ],
        nonTriggering: [
            "BROKER_URL=amqp://app:${DB_PASSWORD}@mq.shop.internal:5672/shop",
            "BROKER_URL=amqp://app@mq.shop.internal:5672/shop",
            "BROKER_URL=amqp://app:<password>@mq.shop.internal:5672/shop",
        ])
}

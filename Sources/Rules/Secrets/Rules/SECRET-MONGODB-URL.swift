extension SecretDetector {
    static let mongoDBURL = SecretDetector(
        id: "SECRET-MONGODB-URL", title: "MongoDB connection URL with a password",
        grants: "the MongoDB databases the user may read and write",
        revoke: "change the password of that account, then pass the URL in from the secret store",
        equivalents: [.trufflehog("MongoDB")],
        finder: URLCredentials(schemes: ["mongodb", "mongodb+srv"]),
        triggering: [
            "↓MONGO_URL=mongodb://app:FEpKhOg9a101XC@cluster0.ab1cd.mongodb.net/shop",
        ],
        nonTriggering: [
            "MONGO_URL=mongodb://app:${DB_PASSWORD}@cluster0.ab1cd.mongodb.net/shop",
            "MONGO_URL=mongodb://app@cluster0.ab1cd.mongodb.net/shop",
            "MONGO_URL=mongodb://app:<password>@cluster0.ab1cd.mongodb.net/shop",
        ])
}

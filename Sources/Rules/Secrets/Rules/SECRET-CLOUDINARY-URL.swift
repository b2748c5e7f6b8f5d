extension SecretDetector {
    static let cloudinaryURL = SecretDetector(
        id: "SECRET-CLOUDINARY-URL", title: "Cloudinary URL with its API secret",
        grants: "uploading, changing and deleting the account's media",
        revoke: "change the password of that account, then pass the URL in from the secret store",
        equivalents: [.trufflehog("Cloudinary")],
        finder: URLCredentials(schemes: ["cloudinary"]),
        triggering: [
            "↓CLOUDINARY_URL=cloudinary://app:2ZNBLSxG4Uvn19@shop/shop",
        ],
        nonTriggering: [
            "CLOUDINARY_URL=cloudinary://app:${DB_PASSWORD}@shop/shop",
            "CLOUDINARY_URL=cloudinary://app@shop/shop",
            "CLOUDINARY_URL=cloudinary://app:<password>@shop/shop",
        ])
}

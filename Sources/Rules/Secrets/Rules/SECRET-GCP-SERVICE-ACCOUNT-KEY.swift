extension SecretDetector {
    static let gcpServiceAccountKey = SecretDetector(
        id: "SECRET-GCP-SERVICE-ACCOUNT-KEY", title: "Google Cloud service account key",
        grants: "the IAM roles of the service account on its projects",
        revoke: "the Google Cloud console › IAM › Service accounts › Keys, delete the key",
        equivalents: [.gitleaks("gcp-service-account"), .trufflehog("GCP")],
        finder: KeyedValue(keys: [#""private_key_id""#], caseless: false, .lowerHex, 40...40),
        triggering: [
            "{\n  \"type\": \"service_account\",\n  \"project_id\": \"shop-prod\",\n↓  \"private_key_id\": \"16647de8ec9e9057ae884c33fed5b7c528b5fe19\",\n  \"client_email\": \"deploy@shop-prod.iam.gserviceaccount.com\"\n}",
        ],
        nonTriggering: [
            "{\n  \"type\": \"service_account\",\n  \"project_id\": \"shop-prod\",\n  \"private_key_id\": \"<your-private-key-id>\",\n  \"client_email\": \"deploy@shop-prod.iam.gserviceaccount.com\"\n}",
            "{\n  \"type\": \"service_account\",\n  \"private_key_id\": \"16647de8ec9e9057ae884c33fed5b7c528b5fe1\"\n}",
        ])
}

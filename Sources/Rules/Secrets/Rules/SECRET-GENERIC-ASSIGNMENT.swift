extension SecretDetector {
    static let genericSecretAssignment = SecretDetector(
        id: "SECRET-GENERIC-ASSIGNMENT", title: "Random-looking secret assigned to a secret-named key", severity: .high,
        grants: "whatever the key names: a database, an API, a signing key",
        revoke: "rotate the credential at the service it belongs to",
        equivalents: [.gitleaks("generic-api-key"), .trufflehog("Generic")],
        finder: SecretAssignment(),
        triggering: [
            "↓DB_PASSWORD=VoTq50azPQjP/RyEoUkLY88",
            "spring:\n  datasource:\n↓    password: \"11nkJ1evmGYa1Z61s6qtL4Q3\"",
            "{\n↓  \"clientSecret\": \"Afv2TPhdZOBrMFW3RV2BaEwGa4X8mD3V\"\n}",
            "[api]\n↓api_key = \"yKgzUrElj0r5ITmtVzL6Uo3G\"",
            "<config>\n↓  <password>4vcLQcBkAcbn0YsgBB</password>\n</config>",
            "variable \"x\" {\n↓  api_token = \"H3ak0Nzs0OfDflmWvPCe\"\n}",
        ],
        nonTriggering: [
            "DB_PASSWORD=${DB_PASSWORD}",
            "spring:\n  datasource:\n    password: \"{{ .Values.db.password }}\"",
            "steps:\n  - uses: actions/checkout@v4\n    with:\n      persist-credentials: false",
            "variables:\n  SECRET_DETECTION_HISTORIC_SCAN: \"true\"",
            "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: { name: db, key: password }",
            "DB_PASSWORD_FILE=/run/secrets/db_password",
            "kms_key = \"alias/aws/sqs\"",
            "secret_arn = \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf\"",
            "API_TOKEN=<your-token>",
            "API_TOKEN=xxxxxxxxxxxxxxxxxxxx",
            "DB_PASSWORD=changeme",
            "token_secret_name = \"SECRET_ID\"",
            "client_secret = \"REPLACE_WITH_PLACEHOLDER\"",
            "vault_path: secret/data/shop/db",
        ])
}

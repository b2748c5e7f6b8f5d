extension SecretDetector {
    static let mysqlURL = SecretDetector(
        id: "SECRET-MYSQL-URL", title: "MySQL connection URL with a password",
        grants: "the database as that user",
        revoke: "change the password of that account, then pass the URL in from the secret store",
        equivalents: [.trufflehog("JDBC")],
        finder: URLCredentials(schemes: ["mysql", "mysql+pymysql", "mysql2", "mariadb"]),
        triggering: [
            "↓DATABASE_URL=mysql://app:gwAvD1jjV2Hef0@mysql.shop.internal:3306/shop",
        ],
        nonTriggering: [
            "DATABASE_URL=mysql://app:${DB_PASSWORD}@mysql.shop.internal:3306/shop",
            "DATABASE_URL=mysql://app@mysql.shop.internal:3306/shop",
            "DATABASE_URL=mysql://app:<password>@mysql.shop.internal:3306/shop",
        ])
}

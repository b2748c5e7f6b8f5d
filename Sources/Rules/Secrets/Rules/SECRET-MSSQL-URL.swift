extension SecretDetector {
    static let sqlServerURL = SecretDetector(
        id: "SECRET-MSSQL-URL", title: "SQL Server connection URL with a password",
        grants: "the database as that login",
        revoke: "change the password of that account, then pass the URL in from the secret store",
        equivalents: [.trufflehog("SQLServer")],
        finder: URLCredentials(schemes: ["sqlserver", "mssql"]),
        triggering: [
            "↓MSSQL_URL=sqlserver://app:fxghA0Wb0J1RT3@sql.shop.internal:1433/shop",
        ],
        nonTriggering: [
            "MSSQL_URL=sqlserver://app:${DB_PASSWORD}@sql.shop.internal:1433/shop",
            "MSSQL_URL=sqlserver://app@sql.shop.internal:1433/shop",
            "MSSQL_URL=sqlserver://app:<password>@sql.shop.internal:1433/shop",
        ])
}

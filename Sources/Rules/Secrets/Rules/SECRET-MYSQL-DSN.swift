extension SecretDetector {
    static let mysqlDSN = SecretDetector(
        id: "SECRET-MYSQL-DSN", title: "Go MySQL DSN with a password",
        grants: "the database as that user",
        revoke: "change the password of that account, then pass the DSN in from the secret store",
        finder: GoMySQLDSNCredentials(),
        triggering: [
            "↓DATABASE_DSN=app:gwAvD1jjV2Hef0@tcp(mysql.shop.internal:3306)/shop?tls=true",
            "↓dsn: \"reporter:Qz7!v2Lp9x@unix(/var/run/mysqld/mysqld.sock)/reports\"",
            // A base64 password holds `/` and `=`.
            "↓MYSQL_DSN=svc:Zm9v/YmFy+cXV4=@tcp(db.internal:3306)/app",
        ],
        nonTriggering: [
            "DATABASE_DSN=app:${DB_PASSWORD}@tcp(mysql.shop.internal:3306)/shop",
            "DATABASE_DSN=app@tcp(mysql.shop.internal:3306)/shop",
            "DATABASE_DSN=app:<password>@tcp(mysql.shop.internal:3306)/shop",
            "db, err := sql.Open(\"mysql\", user+\":\"+password+\"@tcp(\"+host+\")/shop\")",
        ])
}

extension MySQLOptionRule {
    static let committedPassword = MySQLOptionRule(
        description: RuleDescription(
            id: "MYSQL-COMMITTED-PASSWORD", title: "Password written into an option file", severity: .high, cwe: 798,
            checklist: "Secrets › Secrets come from the secret store, not the repository",
            rationale: "A `password` in `[client]`, `[mysqldump]` or any group is a committed credential: readable by everyone with the repository and kept in its history. Empty values and references the deployment substitutes (`${DB_PASSWORD}`) are not reported; the message never shows the value. High.",
            recommendation: "Use a login path (`mysql_config_editor`), a socket with `auth_socket`, or a file written at deploy time from the secret store; remove the literal and rotate it.",
            triggering: [
                example("[client]\nuser = backup\n↓password = Sup3r-s3cret"),
            ],
            nonTriggering: [
                example("[client]\nuser = backup\npassword = ${BACKUP_PASSWORD}"),
                example("[client]\nuser = backup\npassword ="),
            ]),
        problems: { options in
            options.options.compactMap { option in
                guard ["password", "pass"].contains(option.name), let value = option.value,
                      SecretValue.classify(value).isCredential else { return nil }
                return (option.line, "`[\(option.group)]` sets a literal `password`.", "password:\(option.group)")
            }
        })
}

extension MySQLOptionRule {
    static let skipGrantTables = MySQLOptionRule(
        description: RuleDescription(
            id: "MYSQL-SKIP-GRANT-TABLES", title: "Server skips the privilege tables", severity: .critical, cwe: 306,
            checklist: "Databases › No passwordless or default access",
            rationale: "`skip-grant-tables` starts the server without reading the privilege tables: every client connects as a user with all privileges and no password (MySQL 8 then also disables remote connections, MariaDB does not). It is a recovery switch; left in a configuration file it is an open database. Critical.",
            recommendation: "Remove it; reset a lost root password with `--init-file` instead.",
            triggering: [
                example("[mysqld]\n↓skip-grant-tables"),
                example("[mariadb]\n↓skip_grant_tables = ON"),
            ],
            nonTriggering: [
                example("[mysqld]\nskip-grant-tables = 0"),
                example("[mysqld]\ndatadir = /var/lib/mysql"),
            ]),
        problems: on("skip_grant_tables", "every client connects with every privilege and no password"))
}

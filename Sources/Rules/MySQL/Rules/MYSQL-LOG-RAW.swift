extension MySQLOptionRule {
    static let rawLog = MySQLOptionRule(
        description: RuleDescription(
            id: "MYSQL-LOG-RAW", title: "Passwords written to the general query log", severity: .medium, cwe: 532,
            checklist: "Logging › Logs never contain secrets",
            rationale: "The general query log normally rewrites passwords in `CREATE USER`, `ALTER USER` and `SET PASSWORD`; `log-raw` turns the rewriting off, so every password set or changed ends up in clear text in the log file and its backups. Medium.",
            recommendation: "Remove `log-raw`.",
            triggering: [
                example("[mysqld]\ngeneral_log = 1\n↓log-raw"),
            ],
            nonTriggering: [
                example("[mysqld]\ngeneral_log = 0\nlog-raw = OFF"),
            ]),
        problems: on("log_raw", "passwords reach the general log in clear text"))
}

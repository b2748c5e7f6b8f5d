extension MySQLOptionRule {
    static let localInfile = MySQLOptionRule(
        description: RuleDescription(
            id: "MYSQL-LOCAL-INFILE", title: "LOAD DATA LOCAL enabled on the server", severity: .medium, cwe: 73,
            checklist: "Databases › Dangerous features disabled",
            rationale: "`local_infile = ON` lets clients use `LOAD DATA LOCAL`, and lets a malicious or compromised server read any file of a client that connects to it; an SQL injection can use it to load attacker files. Off by default since MySQL 8.0. Medium.",
            recommendation: "Set `local_infile = OFF` (or remove it).",
            triggering: [
                example("[mysqld]\n↓local-infile = 1"),
                example("[mysqld]\n↓loose-local-infile = ON"),
                example("[mysqld]\nskip-local-infile\n↓enable-local-infile"),
            ],
            nonTriggering: [
                example("[mysqld]\nlocal-infile = 0"),
                example("[mysqld]\nlocal-infile = 1\nskip-local-infile"),
            ]),
        problems: on("local_infile", "`LOAD DATA LOCAL` reads files of whoever connects"))
}

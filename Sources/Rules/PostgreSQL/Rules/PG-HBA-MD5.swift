extension HBARecordRule {
    static let md5 = HBARecordRule(
        description: RuleDescription(
            id: "PG-HBA-MD5", title: "MD5 password authentication", severity: .medium, cwe: 916,
            checklist: "Databases › Strong authentication for database users",
            rationale: "`md5` stores and checks passwords as unsalted-per-login MD5 of password and user name: a stolen `pg_authid` or a captured handshake gives a hash that logs in as is (pass-the-hash) or falls to brute force. PostgreSQL 14+ defaults to `scram-sha-256`, and `md5` records also accept SCRAM, so moving is safe once passwords are re-set. Medium.",
            recommendation: "Set `password_encryption = scram-sha-256`, re-set the passwords, and use `scram-sha-256` in the records.",
            triggering: [
                example("↓hostssl all       all   10.0.0.0/8   md5"),
            ],
            nonTriggering: [
                example("hostssl all       all   10.0.0.0/8   scram-sha-256"),
            ]),
        problem: { record in record.method == "md5" ? "MD5 hashes log in as they are and fall to brute force" : nil })
}

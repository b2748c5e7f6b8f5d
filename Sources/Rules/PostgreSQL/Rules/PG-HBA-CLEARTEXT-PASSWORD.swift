extension HBARecordRule {
    static let cleartextPassword = HBARecordRule(
        description: RuleDescription(
            id: "PG-HBA-CLEARTEXT-PASSWORD", title: "Passwords sent in clear text (password method)", severity: .high, cwe: 319,
            checklist: "Databases › SSL/TLS required for connections",
            rationale: "The `password` method sends the password itself to the server, readable by anyone on the path unless the connection is TLS, and replayable by a server that pretends to be the database. High.",
            recommendation: "Use `scram-sha-256` (with `password_encryption = scram-sha-256`), over `hostssl`.",
            triggering: [
                example("↓host    app       app   10.1.0.0/16  password"),
            ],
            nonTriggering: [
                example("hostssl app       app   10.1.0.0/16  scram-sha-256"),
            ]),
        problem: { record in record.method == "password" ? "the password crosses the connection in clear text" : nil })
}

extension HBARecordRule {
    static let trust = HBARecordRule(
        description: RuleDescription(
            id: "PG-HBA-TRUST", title: "Connections accepted without authentication (trust)", severity: .critical, cwe: 287,
            checklist: "Databases › No passwordless or default access",
            rationale: "`trust` lets whoever matches the record connect as any database user it names, superusers included, with no password or key: over TCP/IP anyone who reaches the port and matches the address; on the local socket any account of the server host. Critical. A `local` record for the `postgres` user alone (the maintenance account, reachable only by root and postgres on the host) is not reported.",
            recommendation: "Use `scram-sha-256` for TCP/IP (or `cert` with `hostssl`), and `peer` for the local socket.",
            triggering: [
                example("↓host    all       all   10.0.0.0/8   trust"),
                example("local   all       postgres     peer\n↓local   all       all          trust"),
            ],
            nonTriggering: [
                example("local   all       postgres     trust\nlocal   all       all          peer\nhostssl all       all   10.0.0.0/8   scram-sha-256"),
            ]),
        problem: { record in record.method == "trust" && !(record.type == .local && record.users == "postgres") ? "anyone matching it connects without a password" : nil })
}
